import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

// Two clients per process, each created on first use (`next build` imports route modules without a
// database): `db()` for the studio, writers and jobs, `readerDb()` for what readers' pages and the
// public API read. Each has its own pool, so no number of slow saves or uploads can take the
// connections readers need (issue 21: ten stalled uploads held the one pool of 10, and a new search
// answered 503 after 10 s).
// Kept on globalThis, so a development reload reuses the pools instead of opening new ones.
declare global {
  var expedientePrisma: PrismaClient | undefined;
  var expedienteReaderPrisma: PrismaClient | undefined;
}

/**
 * PostgreSQL ends a session left idle inside a transaction for this long: whatever bug or stalled
 * client leaves one open, its connection and locks come back. No transaction of ours waits between
 * statements for anything but the database (uploads are read to a file before theirs opens).
 */
export const IDLE_IN_TRANSACTION_TIMEOUT_MS = 15_000;

function client(poolSize: number): PrismaClient {
  const config = env();
  const adapter = new PrismaPg({
    connectionString: config.DATABASE_URL,
    max: poolSize,
    // Sent at connection start (a startup parameter), so it holds on any server without ALTER DATABASE.
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
  });
  // Saves on one entry queue on its row lock while holding a pooled connection: under a burst (50 editors
  // at once on a pool of 10) Prisma's default 2 s wait for a connection made saves fail with a 500.
  // Waiting longer is what an editor wants; a database that is down still fails at once (no connection).
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 15_000 } });
}

/** The studio's, writers' and jobs' client (DATABASE_POOL_SIZE connections). */
export function db(): PrismaClient {
  globalThis.expedientePrisma ??= client(env().DATABASE_POOL_SIZE);
  return globalThis.expedientePrisma;
}

/**
 * Readers' client (DATABASE_READER_POOL_SIZE connections): published pages, search, the public API and
 * open data read through it and nothing writes, so readers keep connections of their own whatever the
 * studio does.
 */
export function readerDb(): PrismaClient {
  globalThis.expedienteReaderPrisma ??= client(env().DATABASE_READER_POOL_SIZE);
  return globalThis.expedienteReaderPrisma;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
