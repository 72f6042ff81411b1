import "server-only";
import { db } from "../db";
import { NotFoundError, requireUuid } from "../errors";
import type { Actor } from "../users/permissions";

/** Marks one of the actor's own notifications as read; someone else's id is as missing as a made-up one. */
export async function markNotificationRead({ actor, notificationId, now = new Date() }: { actor: Actor; notificationId: string; now?: Date }): Promise<void> {
  requireUuid(notificationId, "This notification");
  const { count } = await db().notification.updateMany({ where: { id: notificationId, recipientId: actor.id }, data: { readAt: now } });
  if (count === 0) throw new NotFoundError("This notification does not exist");
}

export async function markAllNotificationsRead({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<{ count: number }> {
  return db().notification.updateMany({ where: { recipientId: actor.id, readAt: null }, data: { readAt: now } });
}
