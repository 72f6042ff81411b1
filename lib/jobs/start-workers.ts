import "server-only";
import { logger } from "../logger";
import { sendNotificationEmail } from "../notifications/send-notification-email";
import { publishScheduledRevision } from "../review/schedule-publish-due";
import { QUEUES, startJobQueue, stopJobQueue } from "./job-queue";

const globalForWorkers = globalThis as unknown as { hasJobSignalHandlers?: boolean };

/**
 * Called once per app process from instrumentation.ts (Node runtime, not during next build). On SIGTERM
 * or SIGINT the workers stop taking jobs at once; Next then exits. A job cut off mid-way is retried by
 * another instance when it expires, and every handler may safely run twice.
 */
export async function startWorkers(): Promise<void> {
  await startJobQueue({
    [QUEUES.notificationEmail]: async (data) => void (await sendNotificationEmail({ notificationId: String(data.notificationId) })),
    [QUEUES.scheduledPublication]: async (data) => void (await publishScheduledRevision({ scheduleId: String(data.scheduleId) })),
  });
  if (!globalForWorkers.hasJobSignalHandlers) {
    globalForWorkers.hasJobSignalHandlers = true;
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => {
        stopJobQueue({ timeoutMs: 5_000 }).catch((error: Error) => logger.warn({ err: { message: error.message } }, "job queue did not stop cleanly"));
      });
    }
  }
}
