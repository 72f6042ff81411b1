#!/usr/bin/env node
// Runs `next start` (DATABASE_URL already set by with-db.mjs) and, once it answers, prints where it is
// and, on the embedded default database, the demo accounts.
import { spawn } from "node:child_process";
import { ROOT } from "./db.mjs";
import { nextStartCommand } from "./next-start.mjs";

const port = process.env.PORT ?? "3000";
const origin = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
const command = nextStartCommand(port, { ...process.env, NEXTAUTH_URL: origin });
const child = spawn(process.execPath, command.args, {
  stdio: "inherit",
  cwd: ROOT,
  env: command.env,
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

const deadline = Date.now() + 60_000;
while (Date.now() < deadline) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`);
    if (response.ok) break;
  } catch {
    // not listening yet
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}
const lines = [``, `  Expediente is running at ${origin}`, `  Studio: ${origin}/studio`];
if (process.env.EXPEDIENTE_EMBEDDED_DB === "1" || process.env.SEED_DEMO_USERS === "1") {
  lines.push(
    ``,
    `  Demo accounts (password: expediente-demo)`,
    `    editor@example.com     editor`,
    `    editor2@example.com    editor`,
    `    reviewer@example.com   reviewer`,
    `    admin@example.com      admin`,
  );
}
console.log(lines.join("\n") + "\n");
