import "server-only";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { ConflictError, ForbiddenError, NotFoundError, requireUuid } from "../errors";
import { QUEUES, cancelJobInTransaction } from "../jobs/job-queue";
import { can, type Actor } from "../users/permissions";

/** Cancels a scheduled publication that has not run yet; the review stays open in the queue. */
export async function cancelScheduledPublication({ actor, scheduleId, now = new Date() }: { actor: Actor; scheduleId: string; now?: Date }): Promise<void> {
  if (!can(actor, "review")) throw new ForbiddenError("Only reviewers can cancel a scheduled publication");
  requireUuid(scheduleId, "This scheduled publication");
  const found = await db().scheduledPublication.findUnique({ where: { id: scheduleId }, select: { entryId: true } });
  if (!found) throw new NotFoundError("This scheduled publication does not exist");
  await db().$transaction(async (tx) => {
    await tx.entry.update({ where: { id: found.entryId }, data: { updatedAt: now } }); // the lock the publication job takes too
    const schedule = await tx.scheduledPublication.findUniqueOrThrow({
      where: { id: scheduleId },
      select: { status: true, jobId: true, revisionId: true, publishAt: true },
    });
    if (schedule.status !== "SCHEDULED") throw new ConflictError(`This publication is no longer scheduled (${schedule.status.toLowerCase()})`);
    await tx.scheduledPublication.update({ where: { id: scheduleId }, data: { status: "CANCELLED", finishedAt: now, outcome: `Cancelled by ${actor.name}` } });
    if (schedule.jobId) await cancelJobInTransaction(tx, QUEUES.scheduledPublication, schedule.jobId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "review.schedule-cancel",
      entryId: found.entryId,
      revisionId: schedule.revisionId,
      detail: { scheduleId, publishAt: schedule.publishAt.toISOString() },
    });
  });
}
