import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://localhost:${PORT}`;
const SMTP_SINK_PORT = PORT + 25;

// Debian's chromium (installed by .ci/run); CHROMIUM_PATH overrides; else Playwright's own browser.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: BASE_URL,
    browserName: "chromium",
    // The studio speaks the browser's language (issue 22): the specs read English text, so the default
    // browser asks for English whatever the machine's own locale; e2e/studio-language.spec.ts asks for Spanish.
    locale: "en-US",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    // The production build (npm test builds first) on the same database setup as npm start.
    command: `node scripts/with-db.mjs node scripts/serve.mjs`,
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    // Playwright's default SIGKILL would leave the embedded PostgreSQL unclean.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    // Mail goes to the SMTP sink a spec starts on SMTP_SINK_PORT (e2e/account.spec.ts); with none listening it is logged and dropped.
    env: { PORT: String(PORT), NEXTAUTH_URL: BASE_URL, NEXT_TELEMETRY_DISABLED: "1", SMTP_URL: `smtp://127.0.0.1:${SMTP_SINK_PORT}` },
  },
});
