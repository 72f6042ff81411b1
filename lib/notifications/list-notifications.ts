import "server-only";
import { db } from "../db";
import type { Actor } from "../users/permissions";
import { notificationHeadline, notificationPath, type NotificationKindName } from "./notification-text";

export type InboxItem = { id: string; kind: NotificationKindName; headline: string; href: string; actorName: string | null; createdAt: Date; isRead: boolean };

const PAGE = 100;

/** The actor's own inbox, newest first (the latest 100). */
export async function listNotifications({ actor }: { actor: Actor }): Promise<InboxItem[]> {
  const rows = await db().notification.findMany({
    where: { recipientId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE,
    select: { id: true, kind: true, entryId: true, reviewId: true, actorId: true, readAt: true, createdAt: true, entry: { select: { title: true } } },
  });
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const names = new Map((await db().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    headline: notificationHeadline(r.kind, r.entry.title),
    href: notificationPath(r.kind, r),
    actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
    createdAt: r.createdAt,
    isRead: r.readAt !== null,
  }));
}

export async function countUnreadNotifications({ actor }: { actor: Actor }): Promise<number> {
  return db().notification.count({ where: { recipientId: actor.id, readAt: null } });
}
