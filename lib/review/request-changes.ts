import "server-only";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, isUuid, requireUuid } from "../errors";
import { fieldErrorsFromZod } from "../revisions/field-errors";
import { requestChangesSchema } from "./review-schema";
import { can, type Actor } from "../users/permissions";
import { notifyChangesRequested } from "../notifications/notify-review-events";
import { NEWER_REVISION_MESSAGE } from "./publish-approved-revision";

/**
 * Requests changes on an open review. `revisionId`, when given (the studio always gives it), is the revision the
 * reviewer was shown: if a newer one was saved meanwhile the request is refused, so the round records the revision
 * the reviewer actually read, which is where the next round's "changes since your last review" starts.
 */
export async function requestChanges({
  actor,
  reviewId,
  revisionId,
  input,
}: {
  actor: Actor;
  reviewId: string;
  revisionId?: unknown;
  input: unknown;
}): Promise<void> {
  if (!can(actor, "review")) throw new ForbiddenError();
  requireUuid(reviewId, "This review");
  if (revisionId !== undefined && !isUuid(revisionId)) throw new ValidationError({ revisionId: ["Name the revision you reviewed"] });
  const parsed = requestChangesSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  await db().$transaction(async (tx) => {
    const review = await tx.review.findUnique({ where: { id: reviewId }, select: { id: true, entryId: true, revisionId: true } });
    if (!review) throw new NotFoundError("This review does not exist");
    await tx.entry.update({ where: { id: review.entryId }, data: { updatedAt: new Date() } }); // row lock
    const current = await tx.review.findUniqueOrThrow({ where: { id: reviewId }, select: { status: true, revisionId: true } });
    if (current.status !== "OPEN") throw new ConflictError("This review has already been decided");
    if (revisionId !== undefined && current.revisionId !== revisionId) throw new ConflictError(NEWER_REVISION_MESSAGE);
    await tx.review.update({
      where: { id: reviewId },
      data: { status: "CHANGES_REQUESTED", decidedById: actor.id, decidedAt: new Date(), decisionNote: parsed.data.comment },
    });
    await tx.reviewComment.create({ data: { reviewId, authorId: actor.id, body: parsed.data.comment, field: parsed.data.field || null } });
    await tx.revision.update({ where: { id: current.revisionId }, data: { state: "CHANGES_REQUESTED" } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "review.request-changes",
      entryId: review.entryId,
      revisionId: current.revisionId,
      detail: { field: parsed.data.field ?? null },
    });
    await notifyChangesRequested(tx, { reviewId, actorId: actor.id });
  });
}
