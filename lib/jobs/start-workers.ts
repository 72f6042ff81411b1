import "server-only";
import { mailSettings } from "../env";
import { logger } from "../logger";
import { sendNotificationEmail } from "../notifications/send-notification-email";
import { publishScheduledRevision } from "../review/schedule-publish-due";
import { QUEUES, startJobQueue, stopJobQueue } from "./job-queue";

declare global {
  var expedienteHasJobSignalHandlers: boolean | undefined;
}

/**
 * Called once per app process from instrumentation.ts (Node runtime, not during next build). On SIGTERM
 * or SIGINT the workers stop taking jobs at once; Next then exits. A job cut off mid-way is retried by
 * another instance when it expires, and every handler may safely run twice.
 */
export async function startWorkers(): Promise<void> {
  await startJobQueue({
    [QUEUES.scheduledPublication]: async (data) => void (await publishScheduledRevision({ scheduleId: String(data.scheduleId) })),
    // Only an instance that can send mail takes mail jobs: one started without SMTP_URL would otherwise
    // take them from the instances that can, and drop them.
    ...(mailSettings().SMTP_URL
      ? {
          [QUEUES.notificationEmail]: async (data: Record<string, unknown>) =>
            void (await sendNotificationEmail({ notificationId: String(data.notificationId) })),
        }
      : {}),
  });
  if (!globalThis.expedienteHasJobSignalHandlers) {
    globalThis.expedienteHasJobSignalHandlers = true;
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => {
        stopJobQueue({ timeoutMs: 5_000 }).catch((error: Error) => logger.warn({ err: { message: error.message } }, "job queue did not stop cleanly"));
      });
    }
  }
}
