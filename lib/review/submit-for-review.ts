import "server-only";
import { recordAudit } from "../audit/record-audit";
import { db, type Tx } from "../db";
import { ConflictError, ForbiddenError, NotFoundError, requireUuid } from "../errors";
import { can, type Actor } from "../users/permissions";
import { notifySubmitted } from "../notifications/notify-review-events";

/** Marks the entry's latest revision as in review (one open review per entry). */
export async function submitForReview({ actor, entryId }: { actor: Actor; entryId: string }): Promise<{ reviewId: string; revisionId: string }> {
  if (!can(actor, "edit")) throw new ForbiddenError();
  requireUuid(entryId, "This entry");
  return db().$transaction(async (tx) => {
    const result = await submitInTransaction(tx, { actor, entryId });
    return { reviewId: result.reviewId, revisionId: result.revisionId };
  });
}

/**
 * The submission inside the caller's transaction (one entry, or each of a bulk submission). Throws
 * only domain errors found by reading, before anything is written, so a caller may catch one and
 * carry on in the same transaction.
 */
export async function submitInTransaction(
  tx: Tx,
  { actor, entryId }: { actor: Actor; entryId: string },
): Promise<{ reviewId: string; revisionId: string; wasOpen: boolean }> {
  const entry = await tx.entry
    .update({
      where: { id: entryId },
      data: { updatedAt: new Date() }, // locks the row against a concurrent save or submit
      select: { id: true, latestRevisionId: true, publishedRevisionId: true },
    })
    .catch(() => null);
  if (!entry?.latestRevisionId) throw new NotFoundError("This entry does not exist");
  if (entry.latestRevisionId === entry.publishedRevisionId) throw new ConflictError("The latest revision is already published");
  const open = await tx.review.findFirst({ where: { entryId, status: "OPEN" }, select: { id: true, revisionId: true } });
  if (open) return { reviewId: open.id, revisionId: open.revisionId, wasOpen: true };
  const review = await tx.review.create({
    data: { entryId, revisionId: entry.latestRevisionId, submittedById: actor.id },
  });
  await tx.revision.update({ where: { id: entry.latestRevisionId }, data: { state: "IN_REVIEW" } });
  await recordAudit(tx, { actorId: actor.id, action: "review.submit", entryId, revisionId: entry.latestRevisionId });
  await notifySubmitted(tx, { reviewId: review.id, actorId: actor.id });
  return { reviewId: review.id, revisionId: entry.latestRevisionId, wasOpen: false };
}
