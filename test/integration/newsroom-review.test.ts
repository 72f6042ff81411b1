import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { approveRevision } from "@/lib/review/approve-revision";
import { getReview } from "@/lib/review/get-review";
import { requestChanges } from "@/lib/review/request-changes";
import { schedulePublication } from "@/lib/review/schedule-publication";
import { submitForReview } from "@/lib/review/submit-for-review";
import { hideRevision } from "@/lib/revisions/hide-revision";
import { previewRestore } from "@/lib/revisions/preview-restore";
import { restoreRevision } from "@/lib/revisions/restore-revision";
import { saveRevision } from "@/lib/revisions/save-revision";
import { unhideRevision } from "@/lib/revisions/unhide-revision";
import type { Actor } from "@/lib/users/permissions";
import { actorContent, createEntry, makeActor, publish, uniqueSlug } from "./fixtures";

const SOURCE = "ojo-publico-2021-05-24"; // published in the seeded record

let editor: Actor;
let reviewerA: Actor;
let reviewerB: Actor;
let admin: Actor;

beforeAll(async () => {
  [editor, reviewerA, reviewerB, admin] = await Promise.all([makeActor("EDITOR"), makeActor("REVIEWER"), makeActor("REVIEWER"), makeActor("ADMIN")]);
});

function claim(id: string, value: number) {
  return {
    id,
    property: "members" as const,
    value: { type: "number" as const, value },
    nature: "asserted" as const,
    citations: [{ source: SOURCE, locator: "p. 1" }],
    rank: "normal" as const,
  };
}

async function save(entryId: string, slug: string, overrides: Parameters<typeof actorContent>[1], summary: string) {
  const entry = await db().entry.findUniqueOrThrow({ where: { id: entryId }, select: { latestRevisionId: true } });
  const saved = await saveRevision({
    actor: editor,
    kind: "actor",
    entryId,
    baseRevisionId: entry.latestRevisionId,
    content: actorContent(slug, overrides),
    summary,
  });
  if (!saved.ok) throw new Error(`save failed: ${JSON.stringify(saved)}`);
  return saved;
}

describe("re-review: changes since the last review", () => {
  it("starts from the revision each reviewer last reviewed, over several rounds, and keeps the thread", async () => {
    const slug = uniqueSlug("rereview");
    const { entryId } = await createEntry("actor", actorContent(slug, { description: "Published text." }), editor);
    await publish(entryId, reviewerA); // revision 1 is live

    await save(entryId, slug, { description: "Round one text." }, "First change");
    const round1 = await submitForReview({ actor: editor, entryId });
    const first = await getReview({ actor: reviewerA, reviewId: round1.reviewId });
    expect(first.sinceLastReview).toBeNull();
    expect(first.fromNumber).toBe(1);
    await requestChanges({ actor: reviewerA, reviewId: round1.reviewId, input: { comment: "Cite the description", field: "description" } });

    await save(entryId, slug, { description: "Round two text." }, "Answer A");
    const round2 = await submitForReview({ actor: editor, entryId });
    expect(round2.reviewId).not.toBe(round1.reviewId);
    await requestChanges({ actor: reviewerB, reviewId: round2.reviewId, input: { comment: "Add the aliases" } });

    await save(entryId, slug, { description: "Round two text.", aliases: [{ name: "Los del VRAEM", lang: "es" }] }, "Answer B");
    const round3 = await submitForReview({ actor: editor, entryId });

    // A looked at revision 2, B at revision 3; someone who never reviewed it starts from the latest review.
    const forA = await getReview({ actor: reviewerA, reviewId: round3.reviewId });
    const forB = await getReview({ actor: reviewerB, reviewId: round3.reviewId });
    const forAdmin = await getReview({ actor: admin, reviewId: round3.reviewId });
    expect(forA.sinceLastReview).toMatchObject({ fromNumber: 2, isYours: true });
    expect(forB.sinceLastReview).toMatchObject({ fromNumber: 3, isYours: true });
    expect(forAdmin.sinceLastReview).toMatchObject({ fromNumber: 3, isYours: false, reviewer: reviewerB.name });
    expect(forB.sinceLastReview!.changes.map((c) => c.field)).toEqual(["aliases"]);
    expect(forA.sinceLastReview!.changes.map((c) => c.field).sort()).toEqual(["aliases", "description"]);
    // The whole change still starts from the published revision.
    expect(forB.fromNumber).toBe(1);
    expect(forB.changes.map((c) => c.field).sort()).toEqual(["aliases", "description"]);
    expect(forB.revisions.map((r) => [r.number, r.summary, r.isSinceLastReview])).toEqual([
      [4, "Answer B", true],
      [3, "Answer A", false],
      [2, "First change", false],
    ]);

    // The thread: both earlier rounds with their comments, each answered by the next round's revision.
    expect(forB.rounds.map((r) => [r.index, r.revisionNumber, r.status, r.answeredByNumber, r.isCurrent])).toEqual([
      [1, 2, "CHANGES_REQUESTED", 3, false],
      [2, 3, "CHANGES_REQUESTED", 4, false],
      [3, 4, "OPEN", null, true],
    ]);
    expect(forB.rounds[0]!.comments[0]).toMatchObject({ author: reviewerA.name, body: "Cite the description", fieldLabel: "Description" });
    expect(forB.rounds[1]!.comments[0]).toMatchObject({ author: reviewerB.name, body: "Add the aliases", fieldLabel: null });

    // After approval the page shows what was approved, not an empty comparison with itself.
    await approveRevision({ actor: reviewerA, reviewId: round3.reviewId, revisionId: forA.revisionId });
    const approved = await getReview({ actor: reviewerA, reviewId: round3.reviewId });
    expect(approved.status).toBe("APPROVED");
    expect(approved.fromNumber).toBe(1);
    expect(approved.changes.map((c) => c.field).sort()).toEqual(["aliases", "description"]);
    expect(approved.rounds.at(-1)).toMatchObject({ status: "APPROVED", decidedBy: reviewerA.name });

    // A new change after publication starts a new thread: no "since last review" from the closed cycle.
    await save(entryId, slug, { description: "Later text.", aliases: [{ name: "Los del VRAEM", lang: "es" }] }, "Later");
    const next = await submitForReview({ actor: editor, entryId });
    const later = await getReview({ actor: reviewerA, reviewId: next.reviewId });
    expect(later.sinceLastReview).toBeNull();
    expect(later.fromNumber).toBe(4);
    expect(later.rounds).toHaveLength(1);
  });

  it("names claims and fields as the form does in the field picker and never shows a claim id", async () => {
    const slug = uniqueSlug("rereview-labels");
    const { entryId } = await createEntry("actor", actorContent(slug, { claims: [claim("members-internal-id", 3)] }), editor);
    const { reviewId } = await submitForReview({ actor: editor, entryId });
    const review = await getReview({ actor: reviewerA, reviewId });
    expect(review.commentFields.find((f) => f.path === "claims")).toEqual({ path: "claims", label: "Claims" });
    expect(review.commentFields.find((f) => f.path === "wikidataId" || f.path === "actorType")?.label).toMatch(/^(Wikidata id|Type)$/);
  });

  it("records a request for changes against the revision the reviewer read, never a newer one", async () => {
    const slug = uniqueSlug("rereview-stale");
    const { entryId, revisionId: shown } = await createEntry("actor", actorContent(slug), editor);
    const { reviewId } = await submitForReview({ actor: editor, entryId });
    const newer = await save(entryId, slug, { description: "Saved while the reviewer was writing." }, "Unseen change");
    await expect(requestChanges({ actor: reviewerA, reviewId, revisionId: shown, input: { comment: "Cite the description" } })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(requestChanges({ actor: reviewerA, reviewId, revisionId: "nope", input: { comment: "Cite the description" } })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await db().reviewComment.count({ where: { reviewId } })).toBe(0);
    await requestChanges({ actor: reviewerA, reviewId, revisionId: newer.revisionId, input: { comment: "Cite the description" } });
    expect((await db().review.findUniqueOrThrow({ where: { id: reviewId } })).status).toBe("CHANGES_REQUESTED");
  });

  it("schedules only the revision the reviewer was shown", async () => {
    const slug = uniqueSlug("rereview-schedule");
    const { entryId, revisionId: shown } = await createEntry("actor", actorContent(slug), editor);
    const { reviewId } = await submitForReview({ actor: editor, entryId });
    await save(entryId, slug, { description: "Saved after the reviewer opened it." }, "Late change");
    const before = await db().scheduledPublication.count({ where: { reviewId } });
    await expect(
      schedulePublication({ actor: reviewerA, reviewId, revisionId: shown, publishAt: new Date(Date.now() + 3_600_000).toISOString() }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      schedulePublication({ actor: reviewerA, reviewId, revisionId: "not-a-uuid", publishAt: new Date(Date.now() + 3_600_000).toISOString() }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db().scheduledPublication.count({ where: { reviewId } })).toBe(before);
  });
});

describe("restore without accidents", () => {
  it("previews against the latest revision (not the published one), flags removed claims, and refuses if someone saved since", async () => {
    const slug = uniqueSlug("restore");
    const { entryId, revisionId: firstId } = await createEntry("actor", actorContent(slug, { claims: [claim("members-a", 3)] }), editor);
    await publish(entryId, reviewerA); // revision 1 live
    const second = await save(entryId, slug, { claims: [claim("members-a", 3), claim("members-b", 40)] }, "Second estimate"); // draft

    const preview = await previewRestore({ actor: editor, entryId, number: "1" });
    expect(preview.latest.number).toBe(2);
    expect(preview.refusal).toBeNull();
    expect(preview.nextNumber).toBe(3);
    expect(preview.removedClaims).toEqual(["Members: 40"]); // what the editor typed, not "members-b"
    expect(preview.changes.map((c) => c.field)).toEqual(["claims"]);

    // Someone saves in between: the restore the editor confirmed would undo unseen work, so it is refused.
    const third = await save(entryId, slug, { claims: [claim("members-a", 3), claim("members-b", 41)] }, "Correction");
    const count = await db().revision.count({ where: { entryId } });
    await expect(restoreRevision({ actor: editor, revisionId: firstId, latestRevisionId: second.revisionId })).rejects.toBeInstanceOf(ConflictError);
    await expect(restoreRevision({ actor: editor, revisionId: firstId, latestRevisionId: "" })).rejects.toBeInstanceOf(ValidationError);
    expect(await db().revision.count({ where: { entryId } })).toBe(count);

    // Against the new latest it goes through: a new draft, nothing published.
    const restored = await restoreRevision({ actor: editor, revisionId: firstId, latestRevisionId: third.revisionId });
    expect(restored).toMatchObject({ ok: true, number: 4, isInReview: false });
    const entry = await db().entry.findUniqueOrThrow({ where: { id: entryId }, include: { latestRevision: true, publishedRevision: true } });
    expect(entry.publishedRevision?.number).toBe(1);
    expect(entry.latestRevision).toMatchObject({ number: 4, state: "DRAFT", summary: "Restored revision 1" });
    const audit = await db().auditEvent.findFirst({ where: { entryId, action: "revision.save", revisionId: entry.latestRevisionId! } });
    expect(audit).not.toBeNull();
  });

  it("joins an open review, and refuses hidden content and the latest itself", async () => {
    const slug = uniqueSlug("restore-open");
    const { entryId, revisionId: firstId } = await createEntry("actor", actorContent(slug), editor);
    const second = await save(entryId, slug, { description: "Second." }, "Second");
    await submitForReview({ actor: editor, entryId });
    const restored = await restoreRevision({ actor: editor, revisionId: firstId, latestRevisionId: second.revisionId });
    expect(restored).toMatchObject({ ok: true, number: 3, isInReview: true });
    expect((await previewRestore({ actor: editor, entryId, number: "3" })).refusal).toMatch(/already the latest/);

    const fourth = await save(entryId, slug, { description: "Fourth." }, "Fourth");
    await hideRevision({ actor: admin, revisionId: second.revisionId, reason: "Personal data" });
    const hidden = await previewRestore({ actor: editor, entryId, number: "2" });
    expect(hidden.refusal).toMatch(/hidden/);
    expect(hidden.changes).toEqual([]);
    await expect(restoreRevision({ actor: editor, revisionId: second.revisionId, latestRevisionId: fourth.revisionId })).rejects.toThrow(/hidden/);
    await expect(previewRestore({ actor: editor, entryId, number: "99" })).rejects.toThrow(/does not exist/);
    await expect(previewRestore({ actor: editor, entryId, number: "1; drop" })).rejects.toThrow(/does not exist/);
  });
});

describe("unhiding: who, why, and the audit line", () => {
  it("is refused without a reason with a message on the reason field, and writes one audit line when done", async () => {
    const slug = uniqueSlug("unhide-rules");
    const { entryId, revisionId: firstId } = await createEntry("actor", actorContent(slug), editor);
    await save(entryId, slug, { description: "Second." }, "Second");
    await hideRevision({ actor: admin, revisionId: firstId, reason: "Personal data" });
    const error = await unhideRevision({ actor: admin, revisionId: firstId, reason: "" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.reason?.[0]).toEqual(expect.any(String));
    await expect(unhideRevision({ actor: reviewerA, revisionId: firstId, reason: "Consent" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().revision.findUniqueOrThrow({ where: { id: firstId }, select: { hiddenAt: true } })).not.toEqual({ hiddenAt: null });
    await unhideRevision({ actor: admin, revisionId: firstId, reason: "Consent given" });
    expect(await db().revision.findUniqueOrThrow({ where: { id: firstId }, select: { hiddenAt: true, hiddenReason: true } })).toEqual({
      hiddenAt: null,
      hiddenReason: null,
    });
    const lines = await db().auditEvent.findMany({ where: { revisionId: firstId, action: "revision.unhide" }, select: { actorId: true, detail: true } });
    expect(lines).toEqual([{ actorId: admin.id, detail: { reason: "Consent given", hiddenFor: "Personal data" } }]);
  });
});
