import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { QUEUES } from "@/lib/jobs/job-queue";
import { approveRevision } from "@/lib/review/approve-revision";
import { republishEntry } from "@/lib/review/republish-entry";
import { schedulePublication } from "@/lib/review/schedule-publication";
import { publishScheduledRevision } from "@/lib/review/schedule-publish-due";
import { submitForReview } from "@/lib/review/submit-for-review";
import { withdrawEntry } from "@/lib/review/withdraw-entry";
import { saveRevision } from "@/lib/revisions/save-revision";
import type { Actor } from "@/lib/users/permissions";
import { actorContent, createEntry, makeActor, publish, uniqueSlug } from "./fixtures";

// Issue 21, break 1: a reviewer scheduled the approval of an open review, an admin withdrew the entry,
// and at the scheduled moment the job published it again, clearing the withdrawal without a trace.
// No app server runs here, so no worker takes the jobs: each test runs the job's function itself.
let editor: Actor;
let reviewer: Actor;
let admin: Actor;
const reviewIds: string[] = [];

beforeAll(async () => {
  [editor, reviewer, admin] = await Promise.all([makeActor("EDITOR"), makeActor("REVIEWER"), makeActor("ADMIN")]);
});
afterAll(async () => {
  if (reviewIds.length)
    await db().$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = $1 AND singleton_key = ANY($2::text[])`, QUEUES.scheduledPublication, reviewIds);
});

/** A published actor (revision 1) with revision 2 in review, its approval scheduled by `reviewer`. */
async function scheduledChange(prefix: string) {
  const slug = uniqueSlug(prefix);
  const { entryId, revisionId: firstRevisionId } = await createEntry("actor", actorContent(slug, { title: `Before ${slug}` }), editor);
  await publish(entryId, reviewer);
  const saved = await saveRevision({
    actor: editor,
    kind: "actor",
    entryId,
    baseRevisionId: firstRevisionId,
    content: actorContent(slug, { title: `After ${slug}` }),
    summary: "Retitle",
  });
  if (!saved.ok) throw new Error("save failed");
  const { reviewId } = await submitForReview({ actor: editor, entryId });
  reviewIds.push(reviewId);
  const publishAt = new Date(Date.now() + 6_000);
  const { scheduleId } = await schedulePublication({ actor: reviewer, reviewId, revisionId: saved.revisionId, publishAt: publishAt.toISOString() });
  return { slug, entryId, reviewId, scheduleId, publishAt, firstRevisionId, revisionId: saved.revisionId };
}

const entryState = (entryId: string) =>
  db().entry.findUniqueOrThrow({
    where: { id: entryId },
    select: { withdrawnAt: true, withdrawnReason: true, publishedRevisionId: true },
  });

/** Audit actions on the entry after the line with id `afterId`, oldest first. */
async function auditActionsAfter(entryId: string, afterId: bigint): Promise<string[]> {
  const rows = await db().auditEvent.findMany({ where: { entryId, id: { gt: afterId } }, orderBy: { id: "asc" }, select: { action: true } });
  return rows.map((r) => r.action);
}

async function lastAuditId(entryId: string): Promise<bigint> {
  const row = await db().auditEvent.findFirst({ where: { entryId }, orderBy: { id: "desc" }, select: { id: true } });
  return row?.id ?? 0n;
}

const jobStates = async (reviewId: string) =>
  (
    await db().$queryRawUnsafe<{ state: string }[]>(
      `SELECT state::text FROM pgboss.job WHERE name = $1 AND singleton_key = $2`,
      QUEUES.scheduledPublication,
      reviewId,
    )
  ).map((j) => j.state);

describe("a withdrawal sticks", () => {
  it("cancels the scheduled publication and closes the open review: the job at its moment publishes nothing", async () => {
    const change = await scheduledChange("withdrawn-scheduled");
    const before = await lastAuditId(change.entryId);
    const reason = "Removed after a legal request";
    await withdrawEntry({ actor: admin, entryId: change.entryId, reason });
    const withdrawn = await entryState(change.entryId);
    expect(withdrawn.withdrawnAt).not.toBeNull();

    // In the withdrawal's own transaction: the schedule, its job and the review are closed.
    expect(await db().scheduledPublication.findUniqueOrThrow({ where: { id: change.scheduleId }, select: { status: true } })).toEqual({
      status: "CANCELLED",
    });
    expect(await jobStates(change.reviewId)).toEqual(["cancelled"]);
    const review = await db().review.findUniqueOrThrow({ where: { id: change.reviewId }, select: { status: true, decidedById: true } });
    expect(review).toEqual({ status: "CLOSED", decidedById: admin.id });
    // The change goes back to its authors as a draft they may submit again.
    expect(await db().revision.findUniqueOrThrow({ where: { id: change.revisionId }, select: { state: true, publishedAt: true } })).toEqual({
      state: "DRAFT",
      publishedAt: null,
    });

    // The job runs after the moment, as pg-boss would have started it (a retry, or a job from before the fix).
    const after = new Date(change.publishAt.getTime() + 1_000);
    expect(await publishScheduledRevision({ scheduleId: change.scheduleId, now: () => after })).toBe("not-scheduled");

    expect(await entryState(change.entryId)).toEqual({
      withdrawnAt: withdrawn.withdrawnAt,
      withdrawnReason: reason,
      publishedRevisionId: change.firstRevisionId,
    });
    expect(await auditActionsAfter(change.entryId, before)).toEqual(["entry.withdraw", "review.schedule-cancel", "review.close"]);
  });

  it("tells the reviewer who scheduled it and the change's author", async () => {
    const change = await scheduledChange("withdrawn-notified");
    await withdrawEntry({ actor: admin, entryId: change.entryId, reason: "Retracted by its publisher" });
    const told = await db().notification.findMany({ where: { entryId: change.entryId, kind: "WITHDRAWN" }, select: { recipientId: true } });
    expect(told.map((n) => n.recipientId).sort()).toEqual([editor.id, reviewer.id].sort());
  });

  it("holds whichever of the job and the withdrawal runs first: never a publication after the withdrawal", async () => {
    const outcomes = { publishedFirst: 0, withdrawnFirst: 0 };
    for (let round = 0; round < 12; round++) {
      const change = await scheduledChange(`race-${round}`);
      const reason = `Legal request ${round}`;
      // Alternate which one starts first, and by how much, so both orders and the overlap in between get their turn.
      const lead = (round >> 1) * 12;
      const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      const job = () => publishScheduledRevision({ scheduleId: change.scheduleId, now: () => new Date(change.publishAt.getTime() + 1_000) });
      const withdrawal = () => withdrawEntry({ actor: admin, entryId: change.entryId, reason });
      const [jobOutcome] =
        round % 2 === 0 ? await Promise.all([job(), pause(lead).then(withdrawal)]) : await Promise.all([pause(lead).then(job), withdrawal()]);

      const entry = await entryState(change.entryId);
      expect(entry.withdrawnAt, `round ${round}`).not.toBeNull();
      expect(entry.withdrawnReason).toBe(reason);
      const schedule = await db().scheduledPublication.findUniqueOrThrow({ where: { id: change.scheduleId }, select: { status: true } });
      const review = await db().review.findUniqueOrThrow({ where: { id: change.reviewId }, select: { status: true } });
      const actions = await db().auditEvent.findMany({
        where: { entryId: change.entryId, action: { in: ["review.approve", "entry.withdraw", "review.schedule-cancel", "review.schedule-failed"] } },
        orderBy: { id: "asc" },
        select: { action: true },
      });
      if (jobOutcome === "published") {
        // Published, then withdrawn: the new revision is what was withdrawn.
        outcomes.publishedFirst++;
        expect(schedule.status).toBe("PUBLISHED");
        expect(review.status).toBe("APPROVED");
        expect(entry.publishedRevisionId).toBe(change.revisionId);
        expect(actions.map((a) => a.action).slice(-2)).toEqual(["review.approve", "entry.withdraw"]);
      } else {
        // Withdrawn first: the schedule was cancelled and nothing was published.
        outcomes.withdrawnFirst++;
        expect(jobOutcome).toBe("not-scheduled");
        expect(schedule.status).toBe("CANCELLED");
        expect(review.status).toBe("CLOSED");
        expect(entry.publishedRevisionId).toBe(change.firstRevisionId);
        expect(actions.map((a) => a.action).slice(-2)).toEqual(["entry.withdraw", "review.schedule-cancel"]);
      }
    }
    expect(outcomes.publishedFirst + outcomes.withdrawnFirst).toBe(12);
    expect(outcomes.withdrawnFirst).toBeGreaterThan(0);
  });
});

describe("a scheduled publication left on a withdrawn entry", () => {
  it("fails at its moment and leaves the withdrawal as it was, with no approval in the audit log", async () => {
    const change = await scheduledChange("left-scheduled");
    await withdrawEntry({ actor: admin, entryId: change.entryId, reason: "Safety of a witness" });
    // As a schedule written before withdrawals cancelled them would be.
    await db().scheduledPublication.update({ where: { id: change.scheduleId }, data: { status: "SCHEDULED", finishedAt: null, outcome: null } });
    await db().review.update({ where: { id: change.reviewId }, data: { status: "OPEN", decidedById: null, decidedAt: null } });
    const withdrawn = await entryState(change.entryId);
    const before = await lastAuditId(change.entryId);

    expect(await publishScheduledRevision({ scheduleId: change.scheduleId })).toBe("failed");
    expect(await entryState(change.entryId)).toEqual(withdrawn);
    expect(await db().scheduledPublication.findUniqueOrThrow({ where: { id: change.scheduleId }, select: { status: true, outcome: true } })).toEqual({
      status: "FAILED",
      outcome: "The entry was withdrawn after this publication was scheduled",
    });
    expect(await auditActionsAfter(change.entryId, before)).toEqual(["review.schedule-failed"]);
  });
});

describe("publish again", () => {
  /** A withdrawn entry for which `author` saved and submitted a corrected revision 3. */
  async function withdrawnWithNewReview(prefix: string, author: Actor = editor) {
    const change = await scheduledChange(prefix);
    await withdrawEntry({ actor: admin, entryId: change.entryId, reason: "Retracted by its publisher" });
    const saved = await saveRevision({
      actor: author,
      kind: "actor",
      entryId: change.entryId,
      baseRevisionId: change.revisionId,
      content: actorContent(change.slug, { title: `Corrected ${change.slug}` }),
      summary: "Correct what the publisher retracted",
    });
    if (!saved.ok) throw new Error("save failed");
    const { reviewId } = await submitForReview({ actor: author, entryId: change.entryId });
    reviewIds.push(reviewId);
    return { ...change, reviewId, revisionId: saved.revisionId };
  }

  it("is refused to a plain approval and to a schedule: the entry stays withdrawn", async () => {
    const { entryId, reviewId, revisionId } = await withdrawnWithNewReview("plain-approval");
    const withdrawn = await entryState(entryId);
    await expect(approveRevision({ actor: reviewer, reviewId, revisionId })).rejects.toBeInstanceOf(ConflictError);
    await expect(
      schedulePublication({ actor: reviewer, reviewId, revisionId, publishAt: new Date(Date.now() + 3_600_000).toISOString() }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await entryState(entryId)).toEqual(withdrawn);
    expect((await db().review.findUniqueOrThrow({ where: { id: reviewId }, select: { status: true } })).status).toBe("OPEN");
  });

  it("needs a reviewer other than the change's authors and a reason, then publishes with its own audit line", async () => {
    const author = await makeActor("REVIEWER");
    const { entryId, reviewId, revisionId } = await withdrawnWithNewReview("republish", author);
    await expect(republishEntry({ actor: editor, reviewId, revisionId, reason: "Corrected" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(republishEntry({ actor: author, reviewId, revisionId, reason: "Corrected" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(republishEntry({ actor: reviewer, reviewId, revisionId, reason: " " })).rejects.toMatchObject({
      fieldErrors: { republishReason: ["Give a reason (3 characters or more)"] },
    });
    expect((await entryState(entryId)).withdrawnAt).not.toBeNull();

    const before = await lastAuditId(entryId);
    await republishEntry({ actor: reviewer, reviewId, revisionId, reason: "The publisher restored the story with a correction" });
    expect(await entryState(entryId)).toEqual({ withdrawnAt: null, withdrawnReason: null, publishedRevisionId: revisionId });
    const lines = await db().auditEvent.findMany({
      where: { entryId, id: { gt: before } },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true, detail: true },
    });
    expect(lines.map((l) => l.action)).toEqual(["review.approve", "entry.republish"]);
    expect(lines[1]).toMatchObject({
      actorId: reviewer.id,
      detail: { reason: "The publisher restored the story with a correction", withdrawnReason: "Retracted by its publisher", reviewId },
    });
    // Not withdrawn any more: "publish again" has nothing to lift.
    await expect(republishEntry({ actor: reviewer, reviewId, revisionId, reason: "Again" })).rejects.toBeInstanceOf(ConflictError);
  });
});
