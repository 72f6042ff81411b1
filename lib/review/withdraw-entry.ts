import "server-only";
import { recordAudit } from "../audit/record-audit";
import { db, type Tx } from "../db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, requireUuid } from "../errors";
import { QUEUES, cancelJobInTransaction } from "../jobs/job-queue";
import { publicChange, publicTransaction } from "../publication/public-change";
import { reasonSchema } from "../revisions/revision-input-schema";
import { removeFromSearch } from "../search/index-entry";
import { can, type Actor } from "../users/permissions";
import { notifyWithdrawn } from "../notifications/notify-review-events";

/**
 * Takes a published entry off the public record: its URL answers 410 with the public reason.
 * When published entries reference it, the caller must confirm; those references then render as plain text.
 * A withdrawal sticks: its transaction also cancels the entry's scheduled publications and closes its open
 * reviews, so nothing approved before it can publish the entry again; only "publish again" (republish-entry.ts) does.
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
  await publicTransaction(async (tx) => {
    const entry = await tx.entry
      .update({ where: { id: entryId }, data: { updatedAt: new Date() }, select: { publishedRevisionId: true, withdrawnAt: true } })
      .catch(() => null);
    if (!entry) throw new NotFoundError("This entry does not exist");
    if (!entry.publishedRevisionId || entry.withdrawnAt) throw new ConflictError("Only a published entry can be withdrawn");
    const now = new Date();
    await tx.entry.update({ where: { id: entryId }, data: { withdrawnAt: now, withdrawnReason: parsed.data } });
    await tx.link.deleteMany({ where: { fromEntryId: entryId } });
    await removeFromSearch(tx, entryId);
    await publicChange(tx, { actorId: actor.id, action: "entry.withdraw", entryId, detail: { reason: parsed.data, referencedBy: referencedBy.length } });
    const concernedIds = await closePendingPublications(tx, { actor, entryId, now });
    await notifyWithdrawn(tx, { entryId, actorId: actor.id, concernedIds });
  });
  return { ok: true };
}

/**
 * Cancels the entry's scheduled publications (and their jobs) and closes its open reviews, each with an
 * audit line. Runs under the entry lock that the scheduled-publication job also takes, so a job that
 * comes after finds its schedule cancelled. Returns who scheduled or submitted them, to be told.
 */
async function closePendingPublications(tx: Tx, { actor, entryId, now }: { actor: Actor; entryId: string; now: Date }): Promise<string[]> {
  const concerned = new Set<string>();
  const schedules = await tx.scheduledPublication.findMany({
    where: { entryId, status: "SCHEDULED" },
    select: { id: true, jobId: true, revisionId: true, publishAt: true, scheduledById: true },
    orderBy: { publishAt: "asc" },
  });
  for (const schedule of schedules) {
    await tx.scheduledPublication.update({
      where: { id: schedule.id },
      data: { status: "CANCELLED", finishedAt: now, outcome: `Cancelled: ${actor.name} withdrew the entry` },
    });
    if (schedule.jobId) await cancelJobInTransaction(tx, QUEUES.scheduledPublication, schedule.jobId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "review.schedule-cancel",
      entryId,
      revisionId: schedule.revisionId,
      detail: { scheduleId: schedule.id, publishAt: schedule.publishAt.toISOString(), cause: "withdrawal" },
    });
    concerned.add(schedule.scheduledById);
  }
  const reviews = await tx.review.findMany({
    where: { entryId, status: "OPEN" },
    select: { id: true, revisionId: true, submittedById: true, reviewerId: true },
  });
  for (const review of reviews) {
    await tx.review.update({
      where: { id: review.id },
      data: { status: "CLOSED", decidedById: actor.id, decidedAt: now, decisionNote: "The entry was withdrawn" },
    });
    // Back to its authors as a draft: submitting it again opens a new review, which can only "publish again".
    await tx.revision.update({ where: { id: review.revisionId }, data: { state: "DRAFT" } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "review.close",
      entryId,
      revisionId: review.revisionId,
      detail: { reviewId: review.id, cause: "withdrawal" },
    });
    concerned.add(review.submittedById);
    if (review.reviewerId) concerned.add(review.reviewerId);
  }
  return [...concerned];
}
