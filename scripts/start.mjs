#!/usr/bin/env node
// `npm start`: builds when the build is missing or older than the sources, checks the port,
// then serves the production build on the database set up by with-db.mjs.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { ROOT } from "./db.mjs";

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`expediente: PORT must be a number between 1 and 65535 (got "${process.env.PORT}")`);
  process.exit(1);
}

const isPortFree = await new Promise((resolve) => {
  const server = net.createServer();
  server.once("error", () => resolve(false));
  server.listen({ port }, () => server.close(() => resolve(true)));
});
if (!isPortFree) {
  console.error(`expediente: port ${port} is already in use; stop what uses it or choose another with PORT=3001 npm start`);
  process.exit(1);
}

function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "generated" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const buildId = path.join(ROOT, ".next", "BUILD_ID");
const sourcesChanged = Math.max(
  ...["app", "components", "lib", "prisma"].map((dir) => newestChange(path.join(ROOT, dir))),
  statSync(path.join(ROOT, "next.config.js")).mtimeMs,
);
if (!existsSync(buildId) || statSync(buildId).mtimeMs < sourcesChanged) {
  console.error("[start] building the app (next build)...");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const child = spawn(process.execPath, [path.join(ROOT, "scripts", "with-db.mjs"), process.execPath, path.join(ROOT, "scripts", "serve.mjs")], {
  stdio: "inherit",
  cwd: ROOT,
  env: { ...process.env, PORT: String(port) },
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
