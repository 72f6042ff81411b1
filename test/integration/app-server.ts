import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { nextStartCommand } from "../../scripts/next-start.mjs";
import { ROOT } from "./run-script";

export type AppServer = { url: string; stop: () => Promise<void>; process: ChildProcess; log: () => string };

/** Starts the production build (npm test builds before the integration step) against the test database. */
export async function startAppServer(basePort: number): Promise<AppServer> {
  // TEST_PORT_OFFSET lets two checkouts (or two developers' runs) share a machine without port clashes.
  const port = basePort + Number(process.env.TEST_PORT_OFFSET ?? 0);
  if (!existsSync(path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"))) throw new Error("No production build: run `npx next build` first");
  const url = `http://127.0.0.1:${port}`;
  const command = nextStartCommand(port, {
    ...process.env,
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: "integration-test-secret-0123456789",
    LOG_LEVEL: "warn",
  });
  const child: ChildProcess = spawn(process.execPath, command.args, {
    cwd: ROOT,
    env: command.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The server's log lines (warnings and errors only, LOG_LEVEL above), for tests that check what it reports.
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d: Buffer) => (stdout += d));
  child.stderr?.on("data", (d: Buffer) => (stderr += d));
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`app server on ${port} did not start:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return {
    url,
    // For fault tests (e.g. SIGKILL during a save).
    process: child,
    log: () => stdout,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
