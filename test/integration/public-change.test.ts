// Every use case that changes what readers see moves the public generation by one, in the transaction
// that writes its audit line (lib/publication/public-change.ts); a change that is refused moves nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC_GENERATION_KEY } from "@/lib/cache/generation-query.mjs";
import { hideCapture } from "@/lib/captures/hide-capture";
import { setCaptureVisibility } from "@/lib/captures/set-capture-visibility";
import { db } from "@/lib/db";
import { QUEUES } from "@/lib/jobs/job-queue";
import { publicChange, publicTransaction } from "@/lib/publication/public-change";
import { republishEntry } from "@/lib/review/republish-entry";
import { schedulePublication } from "@/lib/review/schedule-publication";
import { publishScheduledRevision } from "@/lib/review/schedule-publish-due";
import { submitForReview } from "@/lib/review/submit-for-review";
import { withdrawEntry } from "@/lib/review/withdraw-entry";
import { hideRevision } from "@/lib/revisions/hide-revision";
import { saveRevision } from "@/lib/revisions/save-revision";
import { unhideRevision } from "@/lib/revisions/unhide-revision";
import type { Actor } from "@/lib/users/permissions";
import { sha256Of, storeTestCapture } from "./capture-helpers";
import { actorContent, createEntry, makeActor, publish, uniqueSlug } from "./fixtures";

let editor: Actor;
let reviewer: Actor;
let admin: Actor;

beforeAll(async () => {
  [editor, reviewer, admin] = await Promise.all([makeActor("EDITOR"), makeActor("REVIEWER"), makeActor("ADMIN")]);
});

const captures: string[] = [];
const scheduledReviewIds: string[] = [];
afterAll(async () => {
  if (scheduledReviewIds.length)
    await db().$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = $1 AND singleton_key = ANY($2::text[])`, QUEUES.scheduledPublication, scheduledReviewIds);
  for (const sha256 of captures) {
    const row = await db().capture.findUnique({ where: { sha256 }, select: { id: true } });
    if (!row) continue;
    await db().captureChunk.deleteMany({ where: { captureId: row.id } });
    await db().capture.delete({ where: { id: row.id } });
  }
});

async function generation(): Promise<bigint> {
  const row = await db().setting.findUnique({ where: { key: PUBLIC_GENERATION_KEY }, select: { value: true } });
  return BigInt(row?.value ?? "0");
}

async function lastAuditId(): Promise<bigint> {
  return (await db().auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;
}

/** Runs `change` and returns how far the generation moved and the audit lines it wrote. */
async function measure(change: () => Promise<unknown>) {
  const [before, auditBefore] = [await generation(), await lastAuditId()];
  await change();
  const lines = await db().auditEvent.findMany({ where: { id: { gt: auditBefore } }, orderBy: { id: "asc" }, select: { action: true } });
  return { moved: Number((await generation()) - before), actions: lines.map((l) => l.action) };
}

async function editInReview(entryId: string, slug: string, title: string) {
  const entry = await db().entry.findUniqueOrThrow({ where: { id: entryId }, select: { latestRevisionId: true } });
  const saved = await saveRevision({
    actor: editor,
    kind: "actor",
    entryId,
    baseRevisionId: entry.latestRevisionId!,
    content: actorContent(slug, { title }),
    summary: title,
  });
  if (!saved.ok) throw new Error("save failed");
  return { ...(await submitForReview({ actor: editor, entryId })), revisionId: saved.revisionId };
}

describe("one public change", () => {
  it("refuses a public change outside publicTransaction, which alone drops the pages after the commit", async () => {
    const before = await generation();
    await expect(db().$transaction((tx) => publicChange(tx, { actorId: null, action: "test.public-change" }))).rejects.toThrow(/publicTransaction/);
    expect(await generation()).toBe(before);
  });

  it("rolls the bump and its audit line back with the change", async () => {
    const { moved, actions } = await measure(() =>
      publicTransaction(async (tx) => {
        await publicChange(tx, { actorId: null, action: "test.public-change" });
        throw new Error("refused after the change");
      }).catch(() => undefined),
    );
    expect({ moved, actions }).toEqual({ moved: 0, actions: [] });
  });

  it("moves the generation once per publication, withdrawal, publish again, hiding and unhiding", async () => {
    const slug = uniqueSlug("public-change");
    const { entryId, revisionId: first } = await createEntry("actor", actorContent(slug), editor);

    expect(await measure(() => publish(entryId, reviewer))).toMatchObject({ moved: 1, actions: expect.arrayContaining(["review.approve"]) });
    await editInReview(entryId, slug, "Second title");
    expect(await measure(() => publish(entryId, reviewer))).toMatchObject({ moved: 1, actions: expect.arrayContaining(["review.approve"]) });

    expect(await measure(() => hideRevision({ actor: admin, revisionId: first, reason: "Names a witness" }))).toEqual({ moved: 1, actions: ["revision.hide"] });
    expect(await measure(() => unhideRevision({ actor: admin, revisionId: first, reason: "Cleared" }))).toEqual({ moved: 1, actions: ["revision.unhide"] });
    // A refused change (already visible) moves nothing.
    expect(await measure(() => unhideRevision({ actor: admin, revisionId: first, reason: "Again" }).catch(() => undefined))).toEqual({ moved: 0, actions: [] });

    const withdrawal = await measure(() => withdrawEntry({ actor: reviewer, entryId, reason: "Published by mistake", isConfirmed: true }));
    expect(withdrawal.moved).toBe(1);
    expect(withdrawal.actions[0]).toBe("entry.withdraw");

    const { reviewId, revisionId } = await editInReview(entryId, slug, "Third title");
    const back = await measure(() => republishEntry({ actor: reviewer, reviewId, revisionId, reason: "Corrected and checked" }));
    expect(back.moved).toBe(1);
    expect(back.actions).toEqual(expect.arrayContaining(["review.approve", "entry.republish"]));
  });

  it("moves the generation when a scheduled publication runs", async () => {
    const slug = uniqueSlug("public-change-scheduled");
    const { entryId } = await createEntry("actor", actorContent(slug), editor);
    await publish(entryId, reviewer);
    const { reviewId } = await editInReview(entryId, slug, "Scheduled title");
    const { scheduleId } = await schedulePublication({ actor: reviewer, reviewId, publishAt: new Date(Date.now() + 3_600_000).toISOString() });
    scheduledReviewIds.push(reviewId);
    const run = await measure(() => publishScheduledRevision({ scheduleId }));
    expect(run.moved).toBe(1);
    expect(run.actions).toContain("review.approve");
  });

  it("moves the generation when a capture is made public, private or hidden, and not when nothing changes", async () => {
    const bytes = await storeTestCapture({ actor: editor, size: 2048, capturedAt: "2026-12-07", tool: "public change test" });
    const sha256 = sha256Of(bytes);
    captures.push(sha256);
    expect(await measure(() => setCaptureVisibility({ actor: reviewer, sha256, input: { isPublic: true } }))).toEqual({
      moved: 1,
      actions: ["capture.make-public"],
    });
    expect(await measure(() => setCaptureVisibility({ actor: reviewer, sha256, input: { isPublic: true } }))).toEqual({ moved: 0, actions: [] });
    expect(await measure(() => setCaptureVisibility({ actor: reviewer, sha256, input: { isPublic: false } }))).toEqual({
      moved: 1,
      actions: ["capture.make-private"],
    });
    expect(await measure(() => hideCapture({ actor: admin, sha256, input: { reason: "Shows a victim's face" } }))).toEqual({
      moved: 1,
      actions: ["capture.hide"],
    });
  });
});
