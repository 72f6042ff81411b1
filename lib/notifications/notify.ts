import "server-only";
import type { Tx } from "../db";
import { mailSettings } from "../env";
import { QUEUES, enqueueInTransaction } from "../jobs/job-queue";
import type { NotificationKind } from "../generated/prisma/enums";

/**
 * Writes one inbox line per recipient inside the caller's transaction and, when mail is configured,
 * queues one e-mail per recipient who has not turned it off. The mail is sent by the job queue after
 * the commit, so a slow mail server never slows the change itself.
 */
export async function notifyInTransaction(
  tx: Tx,
  {
    kind,
    entryId,
    reviewId = null,
    actorId = null,
    recipientIds,
  }: { kind: NotificationKind; entryId: string; reviewId?: string | null; actorId?: string | null; recipientIds: string[] },
): Promise<number> {
  // Nobody is told about their own action.
  const recipients = [...new Set(recipientIds)].filter((id) => id !== actorId);
  if (recipients.length === 0) return 0;
  const active = await tx.user.findMany({ where: { id: { in: recipients }, isActive: true }, select: { id: true } });
  if (active.length === 0) return 0;
  const created = await tx.notification.createManyAndReturn({
    data: active.map((user) => ({ recipientId: user.id, kind, entryId, reviewId, actorId })),
    select: { id: true, recipientId: true },
  });
  if (mailSettings().SMTP_URL) {
    const optedOut = new Set(
      (await tx.notificationPreference.findMany({ where: { userId: { in: active.map((u) => u.id) }, isEmailEnabled: false }, select: { userId: true } })).map(
        (p) => p.userId,
      ),
    );
    for (const notification of created) {
      if (!optedOut.has(notification.recipientId)) await enqueueInTransaction(tx, QUEUES.notificationEmail, { notificationId: notification.id });
    }
  }
  return created.length;
}
