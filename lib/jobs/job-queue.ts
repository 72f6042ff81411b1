import "server-only";
import PgBoss from "pg-boss";
import type { Tx } from "../db";
import { env, isBuildPhase } from "../env";
import { logger } from "../logger";
import { JOB_SCHEMA, QUEUES } from "./job-queue-schema.mjs";

export { QUEUES };
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
export type JobHandler = (data: Record<string, unknown>, job: { id: string; retryCount: number }) => Promise<void>;

// One pg-boss instance per process (a globalThis singleton, as lib/db.ts does for Prisma).
declare global {
  var expedienteJobQueue: Promise<PgBoss> | undefined;
  var expedienteJobQueueSender: PgBoss | undefined;
  var expedienteJobQueueStopping: Promise<void> | undefined;
}

/**
 * Starts this process's pg-boss instance and its workers. Each worker polls once a second; a job is
 * fetched with FOR UPDATE SKIP LOCKED, so with several instances exactly one runs it.
 */
export function startJobQueue(handlers: Partial<Record<QueueName, JobHandler>>, { concurrency = 3 }: { concurrency?: number } = {}): Promise<PgBoss> {
  if (isBuildPhase()) throw new Error("The job queue does not run during next build");
  globalThis.expedienteJobQueue ??= (async () => {
    const boss = new PgBoss({
      connectionString: env().DATABASE_URL,
      schema: JOB_SCHEMA,
      max: 3,
      application_name: "expediente-jobs",
      // The schema and queues are installed with the migrations (scripts/db.mjs): only check the version here.
      migrate: false,
      supervise: true,
      schedule: false,
    });
    // A database outage surfaces here (and in each failed poll); pg-boss keeps polling and recovers by itself.
    boss.on("error", (error) => logger.warn({ err: { message: error.message } }, "job queue error"));
    await boss.start();
    // Several pollers per queue: one slow job (a stalled mail server) does not hold up the others.
    const pollers = Object.values(QUEUES).flatMap((queue) => {
      const handler = handlers[queue];
      return handler ? Array.from({ length: concurrency }, () => ({ queue, handler })) : [];
    });
    for (const { queue, handler } of pollers) {
      await boss.work<Record<string, unknown>>(queue, { pollingIntervalSeconds: 1, batchSize: 1, includeMetadata: true }, async (jobs) => {
        for (const job of jobs) {
          const started = Date.now();
          try {
            await handler(job.data, { id: job.id, retryCount: job.retryCount });
            logger.info({ queue, jobId: job.id, ms: Date.now() - started }, "job done");
          } catch (error) {
            logger.warn({ queue, jobId: job.id, err: { message: error instanceof Error ? error.message : String(error) } }, "job failed; pg-boss retries it");
            throw error;
          }
        }
      });
    }
    logger.info({ queues: Object.keys(handlers) }, "job queue started");
    return boss;
  })();
  return globalThis.expedienteJobQueue;
}

/** Stops fetching, waits up to `timeoutMs` for running jobs, then closes the pool. Unfinished jobs are retried later. */
export async function stopJobQueue({ timeoutMs = 10_000 }: { timeoutMs?: number } = {}): Promise<void> {
  const starting = globalThis.expedienteJobQueue;
  if (!starting) return;
  globalThis.expedienteJobQueueStopping ??= (async () => {
    const boss = await starting.catch(() => null);
    await boss?.stop({ graceful: true, timeout: timeoutMs, wait: true });
    globalThis.expedienteJobQueue = undefined;
    globalThis.expedienteJobQueueStopping = undefined;
  })();
  return globalThis.expedienteJobQueueStopping;
}

/** A pg-boss that is never started: it only writes the INSERT for a job into the caller's transaction. */
function sender(): PgBoss {
  globalThis.expedienteJobQueueSender ??= new PgBoss({
    schema: JOB_SCHEMA,
    db: {
      executeSql: () => {
        throw new Error("jobs are only sent inside a transaction (enqueueInTransaction)");
      },
    },
  });
  return globalThis.expedienteJobQueueSender;
}

/** pg-boss's SQL run by Prisma inside `tx`: objects become JSON text, undefined becomes NULL. */
function transactionExecutor(tx: Tx) {
  return {
    executeSql: async (text: string, values: unknown[] = []) => {
      const params = values.map((v) =>
        v === undefined ? null : v !== null && typeof v === "object" && !(v instanceof Date) && !Array.isArray(v) ? JSON.stringify(v) : v,
      );
      return { rows: await tx.$queryRawUnsafe<Record<string, unknown>[]>(text, ...params) };
    },
  };
}

/**
 * Enqueues a job in the caller's transaction: the job exists if and only if the change that caused it
 * commits. Returns the job id, or null when a queued job with the same singleton key already exists.
 */
export async function enqueueInTransaction(
  tx: Tx,
  queue: QueueName,
  data: Record<string, unknown>,
  options: { startAfter?: Date; singletonKey?: string } = {},
): Promise<string | null> {
  return sender().send(queue, data, { ...options, db: transactionExecutor(tx) });
}

/** Cancels a queued job in the caller's transaction (a no-op when it already ran). */
export async function cancelJobInTransaction(tx: Tx, queue: QueueName, jobId: string): Promise<void> {
  await sender().cancel(queue, jobId, { db: transactionExecutor(tx) });
}
