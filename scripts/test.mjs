#!/usr/bin/env node
// `npm test`: formatting, lint, typecheck, drift check, unit, integration (real PostgreSQL), production build,
// then Playwright e2e in Chromium. Stops at the first failing step and prints a summary line.
import { spawnSync } from "node:child_process";
import { ROOT } from "./db.mjs";

const steps = [
  ["format", "npx", ["prettier", "--check", "."]],
  ["lint", "npx", ["eslint", "--max-warnings=0", "."]],
  ["typecheck", "npx", ["tsc", "--noEmit"]],
  ["unit", "npx", ["vitest", "run", "--project", "unit"]],
  // Some integration tests start the production build: build first.
  ["build", "npx", ["next", "build"]],
  ["integration", "node", ["scripts/with-db.mjs", "--no-seed", "npx", "vitest", "run", "--project", "integration"]],
  ["e2e", "npx", ["playwright", "test"]],
];

const only = process.argv.slice(2);
let passed = 0;
for (const [name, command, args] of steps) {
  if (only.length && !only.includes(name)) continue;
  const startedAt = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.log(`\n✗ ${name} failed after ${seconds} s`);
    console.log(`${passed} passed, 1 failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
  passed++;
}
console.log(`\nsteps: ${passed} passed, 0 failed`);
