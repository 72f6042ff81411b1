// Defect 1 of issue 8: an approval publishes only the revision the reviewer was shown.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { approveRevision, NEWER_REVISION_MESSAGE } from "@/lib/review/approve-revision";
import { getReview } from "@/lib/review/get-review";
import { submitForReview } from "@/lib/review/submit-for-review";
import { saveRevision } from "@/lib/revisions/save-revision";
import type { Actor } from "@/lib/users/permissions";
import { actorContent, createEntry, makeActor, uniqueSlug } from "./fixtures";

let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  [editor, reviewer] = await Promise.all([makeActor("EDITOR"), makeActor("REVIEWER")]);
});

/** An editor's entry, submitted; the reviewer opens it and is shown revision 1. */
async function reviewOpenedOnRevisionOne() {
  const slug = uniqueSlug("seen");
  const { entryId, revisionId: first } = await createEntry("actor", actorContent(slug, { description: "As reviewed." }), editor);
  const { reviewId } = await submitForReview({ actor: editor, entryId });
  const shown = await getReview({ actor: reviewer, reviewId });
  expect(shown).toMatchObject({ revisionId: first, toNumber: 1 });
  return { slug, entryId, first, reviewId, shown };
}

describe("approval names the revision the reviewer saw", () => {
  it("refuses an approval of revision 1 once revision 2 was saved, publishes nothing, and shows revision 2 next", async () => {
    const { slug, entryId, first, reviewId, shown } = await reviewOpenedOnRevisionOne();
    const second = await saveRevision({
      actor: editor,
      kind: "actor",
      entryId,
      baseRevisionId: first,
      content: actorContent(slug, { description: "Not reviewed." }),
      summary: "typo fix",
    });
    if (!second.ok) throw new Error("save failed");

    const refusal = await approveRevision({ actor: reviewer, reviewId, revisionId: shown.revisionId }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ConflictError);
    expect((refusal as Error).message).toBe("A newer revision was saved since you opened this review; review it first");
    const entry = await db().entry.findUniqueOrThrow({ where: { id: entryId }, select: { publishedRevisionId: true } });
    expect(entry.publishedRevisionId).toBeNull();
    expect(await db().auditEvent.count({ where: { entryId, action: "review.approve" } })).toBe(0);

    // The screen re-rendered shows the newer changes; approving what it now shows publishes them.
    const reopened = await getReview({ actor: reviewer, reviewId });
    expect(reopened).toMatchObject({ status: "OPEN", revisionId: second.revisionId, toNumber: 2 });
    expect(JSON.stringify(reopened.changes)).toContain("Not reviewed.");
    await approveRevision({ actor: reviewer, reviewId, revisionId: reopened.revisionId });
    expect((await db().entry.findUniqueOrThrow({ where: { id: entryId } })).publishedRevisionId).toBe(second.revisionId);
  });

  it("refuses an approval that names no revision, or another one", async () => {
    const { reviewId } = await reviewOpenedOnRevisionOne();
    await expect(approveRevision({ actor: reviewer, reviewId, revisionId: "" })).rejects.toThrow(/Some fields need attention/);
    const other = await createEntry("actor", actorContent(uniqueSlug("other")), editor);
    await expect(approveRevision({ actor: reviewer, reviewId, revisionId: other.revisionId })).rejects.toThrow(NEWER_REVISION_MESSAGE);
  });

  it("never publishes the unseen revision when the approval races a save (20 rounds)", async () => {
    const outcomes = { approvedFirst: 0, savedFirst: 0 };
    for (let round = 0; round < 20; round++) {
      const { slug, entryId, first, reviewId, shown } = await reviewOpenedOnRevisionOne();
      const [approval, save] = await Promise.allSettled([
        approveRevision({ actor: reviewer, reviewId, revisionId: shown.revisionId }),
        saveRevision({
          actor: editor,
          kind: "actor",
          entryId,
          baseRevisionId: first,
          content: actorContent(slug, { description: "Not reviewed." }),
          summary: "typo fix",
        }),
      ]);
      expect(save.status).toBe("fulfilled");
      const entry = await db().entry.findUniqueOrThrow({
        where: { id: entryId },
        select: { publishedRevisionId: true, publishedRevision: { select: { content: true } } },
      });
      if (approval.status === "fulfilled") {
        outcomes.approvedFirst++;
        expect(entry.publishedRevisionId).toBe(first);
        expect(entry.publishedRevision?.content).toMatchObject({ description: "As reviewed." });
      } else {
        outcomes.savedFirst++;
        expect(approval.reason).toBeInstanceOf(ConflictError);
        expect((approval.reason as Error).message).toBe(NEWER_REVISION_MESSAGE);
        expect(entry.publishedRevisionId).toBeNull();
      }
    }
    expect(outcomes.approvedFirst + outcomes.savedFirst).toBe(20);
  });
});
