#!/usr/bin/env node
// Usage: node scripts/with-db.mjs [--no-seed] [command args...]
// Ensures the database (embedded when DATABASE_URL is unset), applies migrations, loads the seeded
// record into an empty database, then runs the command with DATABASE_URL, NEXTAUTH_SECRET and the signing key's file set.
// Stops the embedded PostgreSQL cleanly when the command exits or on Ctrl+C / SIGTERM.
import { spawn } from "node:child_process";
import { ROOT, ensureDatabase, migrate, runOrExplain, runSeed, sessionSecret, signingKeyFile } from "./db.mjs";

const args = process.argv.slice(2);
const shouldSeed = args[0] !== "--no-seed";
if (!shouldSeed) args.shift();
const [command, ...commandArgs] = args;

const db = await runOrExplain(() => ensureDatabase());
const env = await runOrExplain(async () => {
  await migrate(db.url);
  return {
    ...process.env,
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: sessionSecret({ isEmbedded: db.isEmbedded }),
    EXPEDIENTE_EMBEDDED_DB: db.isEmbedded ? "1" : "0",
    EXPEDIENTE_SIGNING_KEY_FILE: signingKeyFile({ isEmbedded: db.isEmbedded }),
    NEXT_TELEMETRY_DISABLED: "1",
  };
});

if (shouldSeed) {
  const seeded = runSeed(env);
  if (seeded.status !== 0) {
    await db.stop();
    process.exit(seeded.status ?? 1);
  }
}

if (!command) {
  await db.stop();
  process.exit(0);
}

const child = spawn(command, commandArgs, { stdio: "inherit", env, cwd: ROOT });
let isStopping = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    isStopping = true;
    child.kill(signal);
  });
}
child.on("error", async (error) => {
  console.error(`expediente: cannot run ${command}: ${error.message}`);
  await db.stop();
  process.exit(127);
});
child.on("exit", async (code, signal) => {
  await db.stop();
  if (db.isEmbedded && isStopping) console.error("[db] embedded PostgreSQL stopped");
  process.exit(code ?? (signal ? (isStopping ? 0 : 1) : 0));
});
