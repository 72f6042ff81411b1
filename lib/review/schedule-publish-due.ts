import "server-only";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { logger } from "../logger";
import { publicTransaction } from "../publication/public-change";
import type { Actor } from "../users/permissions";
import { checkApproval, publishApprovedRevision } from "./publish-approved-revision";

export type ScheduledOutcome = "published" | "failed" | "not-scheduled";

function describe(error: unknown): string | null {
  if (error instanceof ValidationError) return Object.values(error.fieldErrors).flat().join(" ") || error.message;
  if (error instanceof ForbiddenError || error instanceof ConflictError || error instanceof NotFoundError) return error.message;
  return null;
}

/**
 * The job behind a scheduled publication. Runs every approval check again, as the person who scheduled
 * it and as they are now (still active, still a reviewer, still not an author of the change), then
 * publishes through the same path as an approval now. The schedule row is re-read under the entry
 * lock, so even two runs of the job publish once. A check that fails marks the schedule FAILED with its
 * reason (no retry); any other error (the database went away) is thrown so that pg-boss retries.
 */
export async function publishScheduledRevision({ scheduleId, now = () => new Date() }: { scheduleId: string; now?: () => Date }): Promise<ScheduledOutcome> {
  const schedule = await db().scheduledPublication.findUnique({
    where: { id: scheduleId },
    select: { status: true, reviewId: true, entryId: true, revisionId: true, publishAt: true, scheduledById: true, approveReason: true },
  });
  if (!schedule || schedule.status !== "SCHEDULED") return "not-scheduled";
  const user = await db().user.findUnique({ where: { id: schedule.scheduledById }, select: { id: true, role: true, name: true, email: true, isActive: true } });
  const actor: Actor | null = user?.isActive ? { id: user.id, role: user.role, name: user.name, email: user.email } : null;

  try {
    if (!actor) throw new ForbiddenError("The reviewer who scheduled it can no longer approve changes");
    const approval = await checkApproval({ actor, reviewId: schedule.reviewId, reason: schedule.approveReason });
    if (approval.revisionId !== schedule.revisionId) throw new ConflictError("A newer revision was saved after it was scheduled; review it again");
    const published = await publicTransaction(async (tx) => {
      // Lock the entry first (as a cancel does), then re-check: a cancel or an earlier run wins.
      const entry = await tx.entry.update({ where: { id: schedule.entryId }, data: { updatedAt: now() }, select: { withdrawnAt: true } });
      const locked = await tx.scheduledPublication.findUniqueOrThrow({ where: { id: scheduleId }, select: { status: true } });
      if (locked.status !== "SCHEDULED") return false;
      // A withdrawal cancels the entry's schedules in its own transaction; one still SCHEDULED on a withdrawn
      // entry (left from before that rule) fails here rather than bring the entry back.
      if (entry.withdrawnAt) throw new ConflictError("The entry was withdrawn after this publication was scheduled");
      const at = now();
      await publishApprovedRevision(tx, { actor, approval, now: at, auditDetail: { scheduleId, scheduledFor: schedule.publishAt.toISOString() } });
      await tx.scheduledPublication.update({ where: { id: scheduleId }, data: { status: "PUBLISHED", finishedAt: at } });
      return true;
    });
    if (!published) return "not-scheduled";
    return "published";
  } catch (error) {
    const reason = describe(error);
    if (reason === null) throw error;
    const at = now();
    const marked = await db().$transaction(async (tx) => {
      const { count } = await tx.scheduledPublication.updateMany({
        where: { id: scheduleId, status: "SCHEDULED" },
        data: { status: "FAILED", finishedAt: at, outcome: reason },
      });
      if (count === 0) return false;
      await recordAudit(tx, {
        actorId: null,
        action: "review.schedule-failed",
        entryId: schedule.entryId,
        revisionId: schedule.revisionId,
        detail: { scheduleId, reason },
      });
      return true;
    });
    if (marked) logger.warn({ scheduleId, reason }, "scheduled publication did not publish");
    return marked ? "failed" : "not-scheduled";
  }
}
