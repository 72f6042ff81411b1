import "server-only";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { ConflictError, ForbiddenError, ValidationError, isUuid } from "../errors";
import { QUEUES, enqueueInTransaction } from "../jobs/job-queue";
import { can, type Actor } from "../users/permissions";
import { WITHDRAWN_MESSAGE, assertLinksPublishable, checkApproval, lockOpenReview } from "./publish-approved-revision";
import { publishAtSchema } from "./schedule-schema";

/**
 * Approves a review to be published at `publishAt`. Every approval check runs now (four eyes, the
 * revision's validation, citations, link integrity) and again when the job publishes it. The schedule
 * row and its job are written in one transaction: both exist, or neither. Like an approval now, it names the
 * revision the reviewer was shown, and the job publishes only that revision.
 */
export async function schedulePublication({
  actor,
  reviewId,
  revisionId,
  publishAt,
  reason,
  now = new Date(),
}: {
  actor: Actor;
  reviewId: string;
  /** The revision the reviewer was shown (the studio always sends it): scheduling anything newer is refused. */
  revisionId?: string;
  publishAt: unknown;
  reason?: string | null;
  now?: Date;
}): Promise<{ scheduleId: string; publishAt: Date }> {
  if (!can(actor, "review")) throw new ForbiddenError("Only reviewers can approve changes");
  if (revisionId !== undefined && !isUuid(revisionId)) throw new ValidationError({ revisionId: ["Name the revision you reviewed"] });
  const approval = await checkApproval({ actor, reviewId, revisionId, reason });
  const parsed = publishAtSchema(now).safeParse(publishAt);
  if (!parsed.success) throw new ValidationError({ publishAt: parsed.error.issues.map((i) => i.message) });
  const at = parsed.data;
  return db().$transaction(async (tx) => {
    const entry = await lockOpenReview(tx, approval, now);
    // Bringing a withdrawn entry back is a decision taken now, in person, never at a set time.
    if (entry.withdrawnAt) throw new ConflictError(WITHDRAWN_MESSAGE);
    await assertLinksPublishable(tx, { kind: approval.kind, content: approval.content, entryId: approval.entryId });
    const existing = await tx.scheduledPublication.findFirst({ where: { reviewId, status: "SCHEDULED" }, select: { publishAt: true } });
    if (existing) throw new ConflictError(`This change is already scheduled for ${existing.publishAt.toISOString()}; cancel that first`);
    const schedule = await tx.scheduledPublication.create({
      data: { reviewId, entryId: approval.entryId, revisionId: approval.revisionId, publishAt: at, scheduledById: actor.id, approveReason: approval.ownReason },
      select: { id: true },
    });
    // One job per review at a time (singleton key): two instances never both hold it, and the
    // publication itself re-checks the row's status under the entry lock.
    const jobId = await enqueueInTransaction(tx, QUEUES.scheduledPublication, { scheduleId: schedule.id }, { startAfter: at, singletonKey: reviewId });
    if (!jobId) throw new ConflictError("This change is already scheduled; cancel that first");
    await tx.scheduledPublication.update({ where: { id: schedule.id }, data: { jobId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "review.schedule",
      entryId: approval.entryId,
      revisionId: approval.revisionId,
      detail: { publishAt: at.toISOString(), scheduleId: schedule.id, ...(approval.ownReason ? { reason: approval.ownReason } : {}) },
    });
    return { scheduleId: schedule.id, publishAt: at };
  });
}
