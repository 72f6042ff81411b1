import "server-only";
import { db } from "../db";
import { ForbiddenError, NotFoundError, requireUuid } from "../errors";
import { can, type Actor } from "../users/permissions";

export type PresenceView = { name: string; seenAt: Date; hasUnsavedWork: boolean };

/** How long after the last heartbeat someone still counts as having the entry open. */
const PRESENCE_WINDOW_MS = 60_000;

/**
 * Records that the actor has the entry open (the editor calls it every few seconds) and returns the
 * others who have it open, and whether they have unsaved work on it (an autosave newer than their last visit).
 */
export async function recordPresence({ actor, entryId, now = new Date() }: { actor: Actor; entryId: string; now?: Date }): Promise<PresenceView[]> {
  if (!can(actor, "edit")) throw new ForbiddenError();
  requireUuid(entryId, "This entry");
  const entry = await db().entry.findUnique({ where: { id: entryId }, select: { id: true } });
  if (!entry) throw new NotFoundError("This entry does not exist");
  await db().presence.upsert({
    where: { entryId_userId: { entryId, userId: actor.id } },
    create: { entryId, userId: actor.id, seenAt: now },
    update: { seenAt: now },
  });
  const since = new Date(now.getTime() - PRESENCE_WINDOW_MS);
  const others = await db().presence.findMany({
    where: { entryId, userId: { not: actor.id }, seenAt: { gte: since } },
    select: { seenAt: true, user: { select: { name: true, autosaves: { where: { key: `entry:${entryId}` }, select: { updatedAt: true } } } } },
    orderBy: { seenAt: "desc" },
  });
  return others.map((p) => ({ name: p.user.name, seenAt: p.seenAt, hasUnsavedWork: p.user.autosaves.length > 0 }));
}
