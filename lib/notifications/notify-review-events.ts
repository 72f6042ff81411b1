import "server-only";
import type { Tx } from "../db";
import { notifyInTransaction } from "./notify";

// Who hears about what. Each function is called once, inside the transaction of the event it reports.

/** Everyone who authored a revision after the published one, up to and including the reviewed revision. */
async function authorsOfChange(tx: Tx, reviewId: string): Promise<{ entryId: string; authorIds: string[]; submittedById: string }> {
  const review = await tx.review.findUniqueOrThrow({
    where: { id: reviewId },
    select: { entryId: true, submittedById: true, revision: { select: { number: true } } },
  });
  // The last revision published before this one (the entry may already point at this one while it is being published).
  const previous = await tx.revision.findFirst({
    where: { entryId: review.entryId, publishedAt: { not: null }, number: { lt: review.revision.number } },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  const from = previous?.number ?? 0;
  const rows = await tx.revision.findMany({
    where: { entryId: review.entryId, number: { gt: from, lte: review.revision.number } },
    select: { authorId: true },
    distinct: ["authorId"],
  });
  return { entryId: review.entryId, authorIds: rows.map((r) => r.authorId), submittedById: review.submittedById };
}

/** Submit → every active reviewer and admin who did not write part of the change: "awaiting your review". */
export async function notifySubmitted(tx: Tx, { reviewId, actorId }: { reviewId: string; actorId: string }): Promise<number> {
  const { entryId, authorIds } = await authorsOfChange(tx, reviewId);
  const reviewers = await tx.user.findMany({ where: { role: { in: ["REVIEWER", "ADMIN"] }, isActive: true, id: { notIn: authorIds } }, select: { id: true } });
  return notifyInTransaction(tx, { kind: "AWAITING_REVIEW", entryId, reviewId, actorId, recipientIds: reviewers.map((r) => r.id) });
}

/** Request changes → the authors of the change and its submitter. */
export async function notifyChangesRequested(tx: Tx, { reviewId, actorId }: { reviewId: string; actorId: string }): Promise<number> {
  const { entryId, authorIds, submittedById } = await authorsOfChange(tx, reviewId);
  return notifyInTransaction(tx, { kind: "CHANGES_REQUESTED", entryId, reviewId, actorId, recipientIds: [...authorIds, submittedById] });
}

/** Publish (now or at its scheduled time) → the authors of the change and its submitter. */
export async function notifyPublished(tx: Tx, { reviewId, actorId }: { reviewId: string; actorId: string | null }): Promise<number> {
  const { entryId, authorIds, submittedById } = await authorsOfChange(tx, reviewId);
  return notifyInTransaction(tx, { kind: "PUBLISHED", entryId, reviewId, actorId, recipientIds: [...authorIds, submittedById] });
}

/**
 * Withdraw → everyone who authored a revision of the entry, and `concernedIds`: those whose scheduled
 * publication or open review the withdrawal cancelled (one line each, however many reasons they have).
 */
export async function notifyWithdrawn(
  tx: Tx,
  { entryId, actorId, concernedIds = [] }: { entryId: string; actorId: string; concernedIds?: string[] },
): Promise<number> {
  const rows = await tx.revision.findMany({ where: { entryId }, select: { authorId: true }, distinct: ["authorId"] });
  return notifyInTransaction(tx, { kind: "WITHDRAWN", entryId, actorId, recipientIds: [...rows.map((r) => r.authorId), ...concernedIds] });
}

/** A reviewer asked to take a review: "you were asked to review" (not if they wrote part of it). */
export async function notifyReviewAssigned(
  tx: Tx,
  { reviewId, reviewerId, actorId }: { reviewId: string; reviewerId: string; actorId: string },
): Promise<number> {
  const { entryId } = await authorsOfChange(tx, reviewId);
  return notifyInTransaction(tx, { kind: "REVIEW_ASSIGNED", entryId, reviewId, actorId, recipientIds: [reviewerId] });
}
