import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { QUEUES } from "@/lib/jobs/job-queue";
import { cancelScheduledPublication } from "@/lib/review/cancel-scheduled-publication";
import { schedulePublication } from "@/lib/review/schedule-publication";
import { publishScheduledRevision } from "@/lib/review/schedule-publish-due";
import { submitForReview } from "@/lib/review/submit-for-review";
import { saveRevision } from "@/lib/revisions/save-revision";
import type { Actor } from "@/lib/users/permissions";
import { startAppServer, type AppServer } from "./app-server";
import { actorContent, createEntry, makeActor, publish, uniqueSlug } from "./fixtures";

// Two app instances, each with its own pg-boss workers polling the same queue: a scheduled approval
// publishes at its time, once, and both instances show it from that moment.
let first: AppServer;
let second: AppServer;
let editor: Actor;
let reviewer: Actor;
const reviewIds: string[] = [];

beforeAll(async () => {
  [editor, reviewer] = await Promise.all([makeActor("EDITOR"), makeActor("REVIEWER")]);
  first = await startAppServer(3380);
  second = await startAppServer(3381);
  // Warm both instances, so that the first timed reads do not include compiling routes.
  await Promise.all(
    [first, second].flatMap((server) => ["/actors", "/search?q=warm", "/feed.xml"].map((path) => fetch(`${server.url}${path}`).then((r) => r.text()))),
  );
});
afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  if (reviewIds.length)
    await db().$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = $1 AND singleton_key = ANY($2::text[])`, QUEUES.scheduledPublication, reviewIds);
});

/** A published actor with a second revision in review whose title and description carry a unique word. */
async function changeInReview(prefix: string) {
  const slug = uniqueSlug(prefix);
  // Unrelated to the slug: search forgives typos in names, and the published title holds the slug.
  const word = `zq${randomUUID()
    .replace(/[^a-f]/g, "")
    .slice(0, 8)}wx`;
  const { entryId, revisionId } = await createEntry("actor", actorContent(slug, { title: `Before ${slug}` }), editor);
  await publish(entryId, reviewer);
  const saved = await saveRevision({
    actor: editor,
    kind: "actor",
    entryId,
    baseRevisionId: revisionId,
    content: actorContent(slug, { title: `After ${slug}`, description: `Now with ${word}.` }),
    summary: "Retitle",
  });
  if (!saved.ok) throw new Error("save failed");
  const { reviewId } = await submitForReview({ actor: editor, entryId });
  reviewIds.push(reviewId);
  return { slug, word, entryId, reviewId, revisionId: saved.revisionId };
}

async function seen(server: AppServer, slug: string, word: string) {
  const [page, search, feed] = await Promise.all([
    fetch(`${server.url}/actors/${slug}`).then((r) => r.text()),
    fetch(`${server.url}/search?q=${word}`).then((r) => r.text()),
    fetch(`${server.url}/feed.xml`).then((r) => r.text()),
  ]);
  return {
    isNew: page.includes(`After ${slug}`),
    isOld: page.includes(`Before ${slug}`),
    isFound: search.includes(`/actors/${slug}`),
    isInFeed: feed.includes(`After ${slug}`),
  };
}

async function until<T>(probe: () => Promise<T>, isDone: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (isDone(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const jobsFor = (reviewId: string) =>
  db().$queryRawUnsafe<{ state: string }[]>(`SELECT state::text FROM pgboss.job WHERE name = $1 AND singleton_key = $2`, QUEUES.scheduledPublication, reviewId);

describe("scheduled publishing on two instances", () => {
  it("leaves the page, search and feed unchanged until the time, then changes them on both instances, publishing once", async () => {
    const { slug, word, entryId, reviewId, revisionId } = await changeInReview("scheduled");
    const publishAt = new Date(Date.now() + 10_000);
    const { scheduleId } = await schedulePublication({ actor: reviewer, reviewId, publishAt: publishAt.toISOString() });
    expect((await db().review.findUniqueOrThrow({ where: { id: reviewId }, select: { status: true } })).status).toBe("OPEN");
    expect(await db().auditEvent.count({ where: { entryId, action: "review.schedule", actorId: reviewer.id } })).toBe(1);

    // Before: both instances show the published revision (and now hold it in their page caches).
    for (const server of [first, second]) expect(await seen(server, slug, word)).toEqual({ isNew: false, isOld: true, isFound: false, isInFeed: false });

    const schedule = await until(
      () => db().scheduledPublication.findUniqueOrThrow({ where: { id: scheduleId }, select: { status: true, finishedAt: true } }),
      (s) => s.status !== "SCHEDULED",
    );
    expect(schedule.status).toBe("PUBLISHED");
    const revision = await db().revision.findUniqueOrThrow({ where: { id: revisionId }, select: { publishedAt: true, publishedById: true } });
    // Not before its time, and within a few seconds after it (workers poll every second).
    expect(revision.publishedAt!.getTime()).toBeGreaterThanOrEqual(publishAt.getTime());
    expect(revision.publishedAt!.getTime() - publishAt.getTime()).toBeLessThan(5000);
    expect(revision.publishedById).toBe(reviewer.id);

    for (const server of [first, second]) expect(await seen(server, slug, word)).toEqual({ isNew: true, isOld: false, isFound: true, isInFeed: true });

    // Once: one approval in the audit log, one job, completed.
    expect(await db().auditEvent.count({ where: { revisionId, action: "review.approve" } })).toBe(1);
    expect((await jobsFor(reviewId)).map((j) => j.state)).toEqual(["completed"]);
    // A second run of the job (a retry after a crash) changes nothing.
    expect(await publishScheduledRevision({ scheduleId })).toBe("not-scheduled");
    expect(await db().auditEvent.count({ where: { revisionId, action: "review.approve" } })).toBe(1);
  });

  it("cancels a scheduled publication: nothing changes at its time, and the audit log says who cancelled it", async () => {
    const { slug, word, entryId, reviewId, revisionId } = await changeInReview("cancelled");
    const { scheduleId } = await schedulePublication({ actor: reviewer, reviewId, publishAt: new Date(Date.now() + 8000).toISOString() });
    await expect(cancelScheduledPublication({ actor: editor, scheduleId })).rejects.toBeInstanceOf(ForbiddenError);
    await cancelScheduledPublication({ actor: reviewer, scheduleId });
    await expect(cancelScheduledPublication({ actor: reviewer, scheduleId })).rejects.toBeInstanceOf(ConflictError);
    expect(await db().auditEvent.count({ where: { entryId, action: "review.schedule-cancel", actorId: reviewer.id } })).toBe(1);
    expect((await jobsFor(reviewId)).map((j) => j.state)).toEqual(["cancelled"]);

    await new Promise((resolve) => setTimeout(resolve, 10_000));
    for (const server of [first, second]) expect(await seen(server, slug, word)).toEqual({ isNew: false, isOld: true, isFound: false, isInFeed: false });
    expect((await db().revision.findUniqueOrThrow({ where: { id: revisionId }, select: { publishedAt: true } })).publishedAt).toBeNull();
    expect((await db().review.findUniqueOrThrow({ where: { id: reviewId }, select: { status: true } })).status).toBe("OPEN");
    // The review can be scheduled again.
    const again = await schedulePublication({ actor: reviewer, reviewId, publishAt: new Date(Date.now() + 3_600_000).toISOString() });
    await cancelScheduledPublication({ actor: reviewer, scheduleId: again.scheduleId });
  });
});

describe("the approval checks, when scheduling and again when publishing", () => {
  it("refuses a past time, an author of the change, an editor, and a second schedule for the same review", async () => {
    const { reviewId } = await changeInReview("rules");
    await expect(schedulePublication({ actor: reviewer, reviewId, publishAt: new Date(Date.now() - 60_000).toISOString() })).rejects.toMatchObject({
      fieldErrors: { publishAt: ["Choose a time in the future"] },
    });
    await expect(schedulePublication({ actor: reviewer, reviewId, publishAt: "tomorrow" })).rejects.toBeInstanceOf(ValidationError);
    await expect(schedulePublication({ actor: editor, reviewId, publishAt: new Date(Date.now() + 3_600_000).toISOString() })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const author = await makeActor("REVIEWER");
    const { reviewId: ownReview } = await (async () => {
      const slug = uniqueSlug("own");
      const { entryId } = await createEntry("actor", actorContent(slug), author);
      const submitted = await submitForReview({ actor: author, entryId });
      reviewIds.push(submitted.reviewId);
      return submitted;
    })();
    await expect(schedulePublication({ actor: author, reviewId: ownReview, publishAt: new Date(Date.now() + 3_600_000).toISOString() })).rejects.toBeInstanceOf(
      ForbiddenError,
    );

    const { scheduleId } = await schedulePublication({ actor: reviewer, reviewId, publishAt: new Date(Date.now() + 3_600_000).toISOString() });
    await expect(schedulePublication({ actor: reviewer, reviewId, publishAt: new Date(Date.now() + 7_200_000).toISOString() })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await cancelScheduledPublication({ actor: reviewer, scheduleId });
  });

  it("does not publish when a newer revision was saved after scheduling, or when the reviewer lost the right to approve", async () => {
    const moved = await changeInReview("moved-on");
    const movedSchedule = await schedulePublication({ actor: reviewer, reviewId: moved.reviewId, publishAt: new Date(Date.now() + 3_600_000).toISOString() });
    const saved = await saveRevision({
      actor: editor,
      kind: "actor",
      entryId: moved.entryId,
      baseRevisionId: moved.revisionId,
      content: actorContent(moved.slug, { title: `Unreviewed ${moved.slug}` }),
      summary: "Later",
    });
    expect(saved.ok).toBe(true);
    expect(await publishScheduledRevision({ scheduleId: movedSchedule.scheduleId })).toBe("failed");
    const failed = await db().scheduledPublication.findUniqueOrThrow({ where: { id: movedSchedule.scheduleId }, select: { status: true, outcome: true } });
    expect(failed).toEqual({ status: "FAILED", outcome: "A newer revision was saved after it was scheduled; review it again" });
    expect(
      (await db().entry.findUniqueOrThrow({ where: { id: moved.entryId }, select: { publishedRevision: { select: { title: true } } } })).publishedRevision
        ?.title,
    ).toBe(`Before ${moved.slug}`);
    expect(await db().auditEvent.count({ where: { entryId: moved.entryId, action: "review.schedule-failed" } })).toBe(1);

    const demoted = await makeActor("REVIEWER");
    const lost = await changeInReview("demoted");
    const lostSchedule = await schedulePublication({ actor: demoted, reviewId: lost.reviewId, publishAt: new Date(Date.now() + 3_600_000).toISOString() });
    await db().user.update({ where: { id: demoted.id }, data: { role: "EDITOR" } });
    expect(await publishScheduledRevision({ scheduleId: lostSchedule.scheduleId })).toBe("failed");
    expect((await db().scheduledPublication.findUniqueOrThrow({ where: { id: lostSchedule.scheduleId }, select: { outcome: true } })).outcome).toBe(
      "Only reviewers can approve changes",
    );
    expect((await db().review.findUniqueOrThrow({ where: { id: lost.reviewId }, select: { status: true } })).status).toBe("OPEN");
  });
});
