// The job queue lives in pg-boss's own schema ("pgboss") in the application's database. It is installed
// or upgraded by pg-boss itself, together with our migrations (scripts/db.mjs), so that a use case can
// enqueue a job inside its own transaction before any app process has started a worker.
// See docs/decisions/009-job-queue.md.
import PgBoss from "pg-boss";

export const JOB_SCHEMA = "pgboss";

export const QUEUES = Object.freeze({
  notificationEmail: "notification-email",
  scheduledPublication: "scheduled-publication",
});

/** Per-queue policies: retries with backoff; "stately" keeps at most one queued and one running job per key (a review). */
const QUEUE_OPTIONS = {
  [QUEUES.notificationEmail]: { policy: "standard", retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  [QUEUES.scheduledPublication]: { policy: "stately", retryLimit: 20, retryDelay: 5, retryBackoff: true, expireInSeconds: 60 },
};

/** Creates or upgrades pg-boss's schema and our queues. Idempotent; callers hold the migration lock. */
export async function installJobQueue(url) {
  const boss = new PgBoss({ connectionString: url, schema: JOB_SCHEMA, max: 1, supervise: false, schedule: false, migrate: true });
  let failure = null;
  boss.on("error", (error) => (failure = error));
  await boss.start();
  try {
    for (const [name, options] of Object.entries(QUEUE_OPTIONS)) {
      if (await boss.getQueue(name)) await boss.updateQueue(name, options);
      else await boss.createQueue(name, options);
    }
  } finally {
    await boss.stop({ graceful: false });
  }
  if (failure) throw failure;
}
