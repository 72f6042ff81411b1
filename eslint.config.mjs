import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const NO_DATABASE = { group: ["@/lib/db", "**/lib/db", "@/lib/generated/*"], message: "Call a lib/<domain> function instead." };
// Dependencies run downward: app/ uses components/ and lib/, components/ uses lib/. Server actions live in
// lib/studio/actions/, so a component that calls one never reaches up into app/.
const NO_APP = {
  group: ["@/app", "@/app/**", "**/app/**"],
  message: "components/ and lib/ never import from app/: move the shared code below it (server actions: lib/studio/actions/).",
};

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", ".next-*/**", "lib/generated/**", "tools/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["error", "warn"] }],
    },
  },
  {
    files: ["scripts/**", "bench/**", "e2e/**", "test/**", "prisma/seed/**"],
    rules: { "no-console": "off" },
  },
  // One no-restricted-imports per folder: a later config object replaces the rule's options, it does not add to them.
  {
    // Only lib/ talks to the database; pages and route handlers call use-case functions.
    files: ["app/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_DATABASE] }] },
  },
  {
    files: ["components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_DATABASE, NO_APP] }] },
  },
  {
    files: ["lib/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_APP] }] },
  },
];

export default config;
