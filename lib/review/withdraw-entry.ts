import "server-only";
import { recordAudit } from "../audit/record-audit";
import { invalidatePublicPages } from "../cache/invalidate-public-pages";
import { bumpPublicGeneration } from "../cache/public-generation";
import { db } from "../db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, requireUuid } from "../errors";
import { reasonSchema } from "../revisions/revision-input-schema";
import { removeFromSearch } from "../search/index-entry";
import { can, type Actor } from "../users/permissions";
import { notifyWithdrawn } from "../notifications/notify-review-events";

/**
 * Takes a published entry off the public record: its URL answers 410 with the public reason.
 * When published entries reference it, the caller must confirm; those references then render as plain text.
 */
export async function withdrawEntry({
  actor,
  entryId,
  reason,
  isConfirmed = false,
}: {
  actor: Actor;
  entryId: string;
  reason: unknown;
  isConfirmed?: boolean;
}): Promise<{ ok: true } | { ok: false; needsConfirmation: { referencedBy: { id: string; title: string }[] } }> {
  if (!can(actor, "withdraw")) throw new ForbiddenError();
  requireUuid(entryId, "This entry");
  const parsed = reasonSchema.safeParse(reason);
  if (!parsed.success) throw new ValidationError({ reason: parsed.error.issues.map((i) => i.message) });
  const referencedBy = await db().link.findMany({
    where: { toEntryId: entryId, from: { publishedRevisionId: { not: null }, withdrawnAt: null } },
    select: { from: { select: { id: true, publishedRevision: { select: { title: true } } } } },
    distinct: ["fromEntryId"],
  });
  if (referencedBy.length > 0 && !isConfirmed) {
    return {
      ok: false,
      needsConfirmation: { referencedBy: referencedBy.map((l) => ({ id: l.from.id, title: l.from.publishedRevision?.title ?? "" })) },
    };
  }
  await db().$transaction(async (tx) => {
    const entry = await tx.entry
      .update({ where: { id: entryId }, data: { updatedAt: new Date() }, select: { publishedRevisionId: true, withdrawnAt: true } })
      .catch(() => null);
    if (!entry) throw new NotFoundError("This entry does not exist");
    if (!entry.publishedRevisionId || entry.withdrawnAt) throw new ConflictError("Only a published entry can be withdrawn");
    await tx.entry.update({ where: { id: entryId }, data: { withdrawnAt: new Date(), withdrawnReason: parsed.data } });
    await tx.link.deleteMany({ where: { fromEntryId: entryId } });
    await removeFromSearch(tx, entryId);
    await bumpPublicGeneration(tx);
    await recordAudit(tx, { actorId: actor.id, action: "entry.withdraw", entryId, detail: { reason: parsed.data, referencedBy: referencedBy.length } });
    await notifyWithdrawn(tx, { entryId, actorId: actor.id });
  });
  await invalidatePublicPages();
  return { ok: true };
}
