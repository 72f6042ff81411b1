import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { nextStartCommand } from "../scripts/next-start.mjs";

const ROOT = path.resolve(fileURLToPath(new URL("..", import.meta.url)));

/** `next start` of the production build on `port` (from `cwd`, the project by default), once it answers its health check. */
export async function startProductionServer({ port, cwd = ROOT }: { port: number; cwd?: string }): Promise<ChildProcess> {
  const origin = `http://127.0.0.1:${port}`;
  const command = nextStartCommand(port, {
    ...process.env,
    NEXTAUTH_URL: origin,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-0123456789abcdef",
    LOG_LEVEL: "warn",
  });
  const child = spawn(process.execPath, command.args, {
    cwd,
    env: command.env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the server on ${port} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
