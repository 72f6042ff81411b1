import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, ValidationError, ConflictError } from "@/lib/errors";
import { approveRevision } from "@/lib/review/approve-revision";
import { requestChanges } from "@/lib/review/request-changes";
import { submitForReview } from "@/lib/review/submit-for-review";
import { withdrawEntry } from "@/lib/review/withdraw-entry";
import { restoreRevision } from "@/lib/revisions/restore-revision";
import { saveRevision } from "@/lib/revisions/save-revision";
import { actorForToken } from "@/lib/users/current-actor";
import { updateUser } from "@/lib/users/update-user";
import type { Actor } from "@/lib/users/permissions";
import { actorContent, createEntry, makeActor, publish, sourceContent, uniqueSlug } from "./fixtures";

let editor: Actor;
let editor2: Actor;
let reviewer: Actor;
let reviewer2: Actor;
let admin: Actor;

beforeAll(async () => {
  [editor, editor2, reviewer, reviewer2, admin] = await Promise.all([
    makeActor("EDITOR"),
    makeActor("EDITOR"),
    makeActor("REVIEWER"),
    makeActor("REVIEWER"),
    makeActor("ADMIN"),
  ]);
});

async function publishedSource(): Promise<string> {
  const slug = uniqueSlug("src");
  const { entryId } = await createEntry("source", sourceContent(slug), editor);
  await publish(entryId, reviewer);
  return slug;
}

describe("saving revisions", () => {
  it("numbers revisions 1, 2, 3 with parents and keeps every one", async () => {
    const slug = uniqueSlug("actor");
    const { entryId, revisionId: first } = await createEntry("actor", actorContent(slug), editor);
    const second = await saveRevision({
      actor: editor,
      kind: "actor",
      entryId,
      baseRevisionId: first,
      content: actorContent(slug, { description: "Two." }),
      summary: "Second",
    });
    expect(second.ok).toBe(true);
    const revisions = await db().revision.findMany({ where: { entryId }, orderBy: { number: "asc" }, select: { number: true, parentId: true, id: true } });
    expect(revisions.map((r) => r.number)).toEqual([1, 2]);
    expect(revisions[1]!.parentId).toBe(first);
    const audit = await db().auditEvent.findMany({ where: { entryId }, select: { action: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(["entry.create", "revision.save"]);
  });

  it("rejects invalid content with field paths and writes nothing", async () => {
    const before = await db().revision.count();
    const result = await saveRevision({
      actor: editor,
      kind: "actor",
      content: { ...actorContent("Bad Slug"), title: "" },
      summary: "",
    });
    expect(result.ok).toBe(false);
    expect(result.fieldErrors).toMatchObject({ slug: expect.any(Array), title: expect.any(Array), summary: expect.any(Array) });
    expect(await db().revision.count()).toBe(before);
  });

  it("names a NUL character PostgreSQL could not store, in the content or the summary, and writes nothing", async () => {
    const before = await db().revision.count();
    const slug = uniqueSlug("actor");
    const inContent = await saveRevision({ actor: editor, kind: "actor", content: actorContent(slug, { description: "pasted\u0000text" }), summary: "Paste" });
    expect(inContent.fieldErrors?.description?.[0]).toMatch(/NUL/);
    const inSummary = await saveRevision({ actor: editor, kind: "actor", content: actorContent(slug), summary: "Paste\u0000d" });
    expect(inSummary.fieldErrors?.summary?.[0]).toMatch(/NUL/);
    expect(await db().revision.count()).toBe(before);
  });

  it("names an unknown citation marker and its line", async () => {
    const result = await saveRevision({
      actor: editor,
      kind: "actor",
      content: actorContent(uniqueSlug("actor"), { body: "First line.\nSecond cites [@no-such-source]." }),
      summary: "Cites nothing real",
    });
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.body?.[0]).toMatch(/no-such-source.*line 2/);
  });

  it("rejects a slug another entry of the same kind uses", async () => {
    const slug = uniqueSlug("actor");
    await createEntry("actor", actorContent(slug), editor);
    const result = await saveRevision({ actor: editor, kind: "actor", content: actorContent(slug), summary: "Duplicate" });
    expect(result.fieldErrors?.slug?.[0]).toMatch(/already uses/);
  });

  it("refuses a save of an existing entry that does not name the revision it started from, and writes nothing", async () => {
    const slug = uniqueSlug("actor");
    const { entryId } = await createEntry("actor", actorContent(slug), editor);
    const audit = await db().auditEvent.count({ where: { entryId } });
    for (const baseRevisionId of [undefined, null, ""]) {
      const result = await saveRevision({
        actor: editor,
        kind: "actor",
        entryId,
        baseRevisionId,
        content: actorContent(slug, { description: "Blind." }),
        summary: "Blind",
      });
      expect(result).toMatchObject({ ok: false, formError: expect.stringMatching(/which revision/) });
    }
    expect(await db().revision.count({ where: { entryId } })).toBe(1);
    expect((await db().entry.findUniqueOrThrow({ where: { id: entryId } })).revisionCount).toBe(1);
    expect(await db().auditEvent.count({ where: { entryId } })).toBe(audit);
  });

  it("gives concurrent saves unique, gapless numbers", async () => {
    const slug = uniqueSlug("actor");
    const { entryId, revisionId: base } = await createEntry("actor", actorContent(slug), editor);
    // The same change from the same base: each later save merges cleanly onto the one before it.
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        saveRevision({
          actor: editor,
          kind: "actor",
          entryId,
          baseRevisionId: base,
          content: actorContent(slug, { description: "Concurrent." }),
          summary: `Save ${i}`,
        }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const numbers = (await db().revision.findMany({ where: { entryId }, select: { number: true } })).map((r) => r.number).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("merges edits of different fields made from the same base", async () => {
    const slug = uniqueSlug("actor");
    const { entryId, revisionId: base } = await createEntry("actor", actorContent(slug), editor);
    await saveRevision({
      actor: editor2,
      kind: "actor",
      entryId,
      baseRevisionId: base,
      content: actorContent(slug, { description: "Theirs." }),
      summary: "Theirs",
    });
    const mine = await saveRevision({
      actor: editor,
      kind: "actor",
      entryId,
      baseRevisionId: base,
      content: actorContent(slug, { body: "Mine." }),
      summary: "Mine",
    });
    expect(mine).toMatchObject({ ok: true, isMerged: true, number: 3 });
    const latest = await db().revision.findFirstOrThrow({ where: { entryId, number: 3 }, select: { content: true } });
    expect(latest.content).toMatchObject({ description: "Theirs.", body: "Mine." });
  });

  it("returns a conflict with both versions, and writes nothing, when both changed the same field", async () => {
    const slug = uniqueSlug("actor");
    const { entryId, revisionId: base } = await createEntry("actor", actorContent(slug), editor);
    await saveRevision({
      actor: editor2,
      kind: "actor",
      entryId,
      baseRevisionId: base,
      content: actorContent(slug, { description: "Theirs." }),
      summary: "Theirs",
    });
    const mine = await saveRevision({
      actor: editor,
      kind: "actor",
      entryId,
      baseRevisionId: base,
      content: actorContent(slug, { description: "Mine." }),
      summary: "Mine",
    });
    expect(mine.ok).toBe(false);
    expect(mine.conflict?.conflictingFields).toEqual(["description"]);
    expect(mine.conflict?.mine).toMatchObject({ description: "Mine." });
    expect(mine.conflict?.theirs).toMatchObject({ description: "Theirs." });
    expect(await db().revision.count({ where: { entryId } })).toBe(2);
    expect((await db().entry.findUniqueOrThrow({ where: { id: entryId } })).revisionCount).toBe(2);
  });

  const body = ["The army reported the attack on 24 May.", "", "Witnesses described the night.", "", "The prosecutor opened an inquiry."].join("\n");

  it("keeps both edits when two editors change the two ends of one body from the same base", async () => {
    const slug = uniqueSlug("actor");
    const { entryId, revisionId: base } = await createEntry("actor", actorContent(slug, { body }), editor);
    const top = "A line added at the top.";
    const end = "A sentence added at the end.";
    const first = await saveRevision({
      actor: editor2,
      kind: "actor",
      entryId,
      baseRevisionId: base,
      content: actorContent(slug, { body: `${top}\n${body}` }),
      summary: "Top",
    });
    expect(first).toMatchObject({ ok: true, number: 2 });
    const second = await saveRevision({
      actor: editor,
      kind: "actor",
      entryId,
      baseRevisionId: base,
      content: actorContent(slug, { body: `${body} ${end}` }),
      summary: "End",
    });
    expect(second).toMatchObject({ ok: true, isMerged: true, number: 3 });
    const latest = await db().entry.findUniqueOrThrow({ where: { id: entryId }, select: { latestRevision: { select: { number: true, content: true } } } });
    expect(latest.latestRevision).toMatchObject({ number: 3, content: { body: `${top}\n${body} ${end}` } });
  });

  it("returns overlapping edits of one body as a conflict with both texts, and writes nothing", async () => {
    const slug = uniqueSlug("actor");
    const { entryId, revisionId: base } = await createEntry("actor", actorContent(slug, { body }), editor);
    const theirs = body.replace("Witnesses described the night.", "Three witnesses described the night.");
    const mine = `Opening line.\n${body.replace("Witnesses described the night.", "Witnesses described the night of 23 May.")}`;
    await saveRevision({ actor: editor2, kind: "actor", entryId, baseRevisionId: base, content: actorContent(slug, { body: theirs }), summary: "Theirs" });
    const result = await saveRevision({
      actor: editor,
      kind: "actor",
      entryId,
      baseRevisionId: base,
      content: actorContent(slug, { body: mine }),
      summary: "Mine",
    });
    expect(result.ok).toBe(false);
    expect(result.conflict?.conflictingFields).toEqual(["body"]);
    expect(result.conflict?.conflicts).toEqual([
      {
        kind: "text",
        path: "body",
        base: body,
        theirs,
        mine,
        pieces: [
          { kind: "same", text: "Opening line.\nThe army reported the attack on 24 May.\n\n" },
          {
            kind: "conflict",
            base: "Witnesses described the night.\n",
            theirs: "Three witnesses described the night.\n",
            mine: "Witnesses described the night of 23 May.\n",
          },
          { kind: "same", text: "\nThe prosecutor opened an inquiry." },
        ],
      },
    ]);
    // The editor's own text comes back whole, with the part that merged.
    expect(result.conflict?.merged).toMatchObject({ body: mine });
    expect(await db().revision.count({ where: { entryId } })).toBe(2);
    expect((await db().entry.findUniqueOrThrow({ where: { id: entryId } })).revisionCount).toBe(2);
  });
});

describe("review and publication", () => {
  it("does not let an author approve their own change (four eyes)", async () => {
    const { entryId } = await createEntry("actor", actorContent(uniqueSlug("actor")), reviewer);
    const { reviewId, revisionId: shown } = await submitForReview({ actor: reviewer, entryId });
    await expect(approveRevision({ actor: reviewer, reviewId, revisionId: shown })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db().entry.findUniqueOrThrow({ where: { id: entryId } })).publishedRevisionId).toBeNull();
  });

  it("counts every author since the last publication, not only the latest", async () => {
    const slug = uniqueSlug("actor");
    const { entryId, revisionId } = await createEntry("actor", actorContent(slug), reviewer);
    await saveRevision({ actor: editor, kind: "actor", entryId, baseRevisionId: revisionId, content: actorContent(slug, { body: "Edited" }), summary: "Edit" });
    const { reviewId, revisionId: shown } = await submitForReview({ actor: editor, entryId });
    await expect(approveRevision({ actor: reviewer, reviewId, revisionId: shown })).rejects.toThrow(/authored part of this change/);
  });

  it("lets an admin approve their own change only with a written reason, recorded in the audit log", async () => {
    const { entryId } = await createEntry("actor", actorContent(uniqueSlug("actor")), admin);
    const { reviewId, revisionId: shown } = await submitForReview({ actor: admin, entryId });
    await expect(approveRevision({ actor: admin, reviewId, revisionId: shown })).rejects.toBeInstanceOf(ValidationError);
    await approveRevision({ actor: admin, reviewId, revisionId: shown, reason: "Urgent legal correction" });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entryId, action: "review.approve-own" } });
    expect(audit.detail).toEqual({ reason: "Urgent legal correction" });
  });

  it("refuses to publish an entry that references an unpublished one, and lists it", async () => {
    const draftSource = uniqueSlug("src");
    await createEntry("source", sourceContent(draftSource), editor);
    const { entryId } = await createEntry("actor", actorContent(uniqueSlug("actor"), { body: `Cites [@${draftSource}].` }), editor);
    const error = await publish(entryId, reviewer).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    // In words, naming the field as the form labels it, never a JSON path (issue 21).
    expect((error as ValidationError).fieldErrors._form?.[0]).toBe(`Refers to the source “${draftSource}”, not published yet, in Body`);
    expect((await db().entry.findUniqueOrThrow({ where: { id: entryId } })).publishedRevisionId).toBeNull();
  });

  it("refuses to publish a claim without a citation", async () => {
    const { entryId } = await createEntry(
      "actor",
      actorContent(uniqueSlug("actor"), {
        claims: [{ id: "c1", property: "leader", value: { type: "text", text: "Someone" }, nature: "asserted", citations: [], rank: "normal" }],
      }),
      editor,
    );
    await expect(publish(entryId, reviewer)).rejects.toThrow();
    const error = await publish(entryId, reviewer).then(
      () => null,
      (e: ValidationError) => e,
    );
    expect(error?.fieldErrors?.claims?.[0]).toContain("c1");
  });

  it("publishes once when two reviewers approve at the same moment", async () => {
    const source = await publishedSource();
    const { entryId } = await createEntry("actor", actorContent(uniqueSlug("actor"), { body: `See [@${source}].` }), editor);
    const { reviewId, revisionId: shown } = await submitForReview({ actor: editor, entryId });
    const results = await Promise.allSettled([
      approveRevision({ actor: reviewer, reviewId, revisionId: shown }),
      approveRevision({ actor: reviewer2, reviewId, revisionId: shown }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    expect(await db().auditEvent.count({ where: { entryId, action: "review.approve" } })).toBe(1);
  });

  it("moves an open review to a newer save, and a request for changes needs a comment", async () => {
    const slug = uniqueSlug("actor");
    const { entryId, revisionId } = await createEntry("actor", actorContent(slug), editor);
    const { reviewId } = await submitForReview({ actor: editor, entryId });
    const newer = await saveRevision({
      actor: editor,
      kind: "actor",
      entryId,
      baseRevisionId: revisionId,
      content: actorContent(slug, { description: "Better." }),
      summary: "Better",
    });
    expect((await db().review.findUniqueOrThrow({ where: { id: reviewId } })).revisionId).toBe(newer.ok ? newer.revisionId : null);
    await expect(requestChanges({ actor: reviewer, reviewId, input: { comment: "" } })).rejects.toBeInstanceOf(ValidationError);
    await requestChanges({ actor: reviewer, reviewId, input: { comment: "Cite the description", field: "description" } });
    const review = await db().review.findUniqueOrThrow({ where: { id: reviewId }, include: { comments: true } });
    expect(review.status).toBe("CHANGES_REQUESTED");
    expect(review.comments[0]).toMatchObject({ field: "description", body: "Cite the description" });
  });

  it("restores an old revision as a new draft, never as a publication", async () => {
    const slug = uniqueSlug("actor");
    const { entryId, revisionId: first } = await createEntry("actor", actorContent(slug, { description: "Original." }), editor);
    await publish(entryId, reviewer);
    const second = await saveRevision({
      actor: editor,
      kind: "actor",
      entryId,
      baseRevisionId: first,
      content: actorContent(slug, { description: "Changed." }),
      summary: "Change",
    });
    const secondId = second.ok ? second.revisionId : "";
    const { reviewId, revisionId: shown } = await submitForReview({ actor: editor, entryId });
    await approveRevision({ actor: reviewer, reviewId, revisionId: shown });
    const restored = await restoreRevision({ actor: editor, revisionId: first, latestRevisionId: secondId });
    expect(restored).toMatchObject({ ok: true, number: 3 });
    const entry = await db().entry.findUniqueOrThrow({ where: { id: entryId }, include: { latestRevision: true } });
    expect(entry.publishedRevisionId).toBe(secondId);
    expect(entry.latestRevision?.state).toBe("DRAFT");
    expect(entry.latestRevision?.content).toMatchObject({ description: "Original." });
  });

  it("withdraws with a reason, asking for confirmation when published entries reference it", async () => {
    const source = await publishedSource();
    const sourceEntry = await db().entry.findFirstOrThrow({ where: { slug: source, kind: "SOURCE" } });
    const { entryId } = await createEntry("actor", actorContent(uniqueSlug("actor"), { body: `See [@${source}].` }), editor);
    await publish(entryId, reviewer);
    await expect(withdrawEntry({ actor: editor, entryId: sourceEntry.id, reason: "Wrong" })).rejects.toBeInstanceOf(ForbiddenError);
    const first = await withdrawEntry({ actor: reviewer, entryId: sourceEntry.id, reason: "Fabricated document" });
    expect(first.ok).toBe(false);
    const confirmed = await withdrawEntry({ actor: reviewer, entryId: sourceEntry.id, reason: "Fabricated document", isConfirmed: true });
    expect(confirmed.ok).toBe(true);
    const after = await db().entry.findUniqueOrThrow({ where: { id: sourceEntry.id } });
    expect(after.withdrawnReason).toBe("Fabricated document");
    expect(await db().searchDocument.count({ where: { entryId: sourceEntry.id } })).toBe(0);
  });
});

describe("sessions", () => {
  it("ends an active session when the account is deactivated or its role changes", async () => {
    const person = await makeActor("EDITOR");
    expect(await actorForToken({ userId: person.id, sessionVersion: 0 })).toMatchObject({ id: person.id });
    await updateUser({ actor: admin, userId: person.id, input: { change: "active", isActive: false } });
    expect(await actorForToken({ userId: person.id, sessionVersion: 0 })).toBeNull();
    expect(await actorForToken({ userId: person.id, sessionVersion: 1 })).toBeNull(); // inactive whatever the token
    await updateUser({ actor: admin, userId: person.id, input: { change: "active", isActive: true } });
    await updateUser({ actor: admin, userId: person.id, input: { change: "role", role: "REVIEWER" } });
    expect(await actorForToken({ userId: person.id, sessionVersion: 2 })).toBeNull(); // a token from before the role change
    expect(await actorForToken({ userId: person.id, sessionVersion: 3 })).toMatchObject({ role: "REVIEWER" });
    await expect(updateUser({ actor: editor, userId: person.id, input: { change: "role", role: "ADMIN" } })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
