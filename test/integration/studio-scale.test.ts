// Scale in the studio: the entry list pages through 10,000+ entries, bulk actions check and audit each
// entry, the review queue's cost does not grow with history, and the pickers search for staff only.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { pageStudioEntries, type StudioEntryRow } from "@/lib/entries/list-studio-entries";
import { searchEntryOptions } from "@/lib/entries/list-entry-options";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { auditSentenceText } from "@/lib/audit/audit-sentence";
import { assignReviewer } from "@/lib/review/assign-reviewer";
import { listOpenReviews } from "@/lib/review/list-open-reviews";
import { submitEntriesForReview } from "@/lib/review/submit-entries-for-review";
import { submitForReview } from "@/lib/review/submit-for-review";
import { saveRevision } from "@/lib/revisions/save-revision";
import type { Actor } from "@/lib/users/permissions";
import { actorContent, createEntry, makeActor, publish, uniqueSlug } from "./fixtures";

let editor: Actor;
let editor2: Actor;
let reviewer: Actor;
const stamp = randomUUID().slice(0, 8);
const BULK_COUNT = 10_250;

beforeAll(async () => {
  [editor, editor2, reviewer] = await Promise.all([makeActor("EDITOR"), makeActor("EDITOR"), makeActor("REVIEWER")]);
  // 10,250 entries whose last change falls on only 97 distinct moments: most rows tie on updatedAt,
  // so the id must break ties for paging to stay exact.
  const base = Date.UTC(2026, 0, 1);
  const rows = Array.from({ length: BULK_COUNT }, (_, i) => ({
    kind: "ACTOR" as const,
    slug: `paging-${stamp}-${i}`,
    title: `Paging ${stamp} ${i}`,
    updatedAt: new Date(base + (i % 97) * 1000),
  }));
  for (let i = 0; i < rows.length; i += 2000) await db().entry.createMany({ data: rows.slice(i, i + 2000) });
}, 120_000);

afterAll(async () => {
  await db().entry.deleteMany({ where: { slug: { startsWith: `paging-${stamp}-` } } });
});

describe("the entry list pages through 10,000+ entries", () => {
  it("visits every entry exactly once, in order, forward and back, with the filters kept", { timeout: 120_000 }, async () => {
    const seen: StudioEntryRow[] = [];
    const cursors: (string | undefined)[] = [undefined];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await pageStudioEntries({ actor: editor, q: `Paging ${stamp}`, after, pageSize: 500 });
      expect(page.total).toBe(BULK_COUNT);
      seen.push(...page.rows);
      pages++;
      if (!page.next) break;
      after = page.next;
      cursors.push(after);
    }
    expect(pages).toBe(Math.ceil(BULK_COUNT / 500));
    const ids = seen.map((r) => r.id);
    expect(new Set(ids).size).toBe(BULK_COUNT); // no duplicates
    expect(ids.length).toBe(BULK_COUNT); // no holes
    const inserted = await db().entry.findMany({ where: { slug: { startsWith: `paging-${stamp}-` } }, select: { id: true } });
    expect(new Set(ids)).toEqual(new Set(inserted.map((r) => r.id)));

    // Back from the last page: each previous page is exactly the page seen going forward.
    const last = await pageStudioEntries({ actor: editor, q: `Paging ${stamp}`, after: cursors.at(-1), pageSize: 500 });
    let previous = last.previous;
    let index = cursors.length - 2;
    while (previous) {
      const page = await pageStudioEntries({ actor: editor, q: `Paging ${stamp}`, before: previous, pageSize: 500 });
      expect(page.rows.map((r) => r.id)).toEqual(ids.slice(index * 500, index * 500 + 500));
      previous = page.previous;
      index--;
    }
    expect(index).toBe(-1);
  });

  it("keeps a page boundary when entries change between pages (nothing skipped that was there before)", async () => {
    const first = await pageStudioEntries({ actor: editor, q: `Paging ${stamp}`, pageSize: 100 });
    // Someone saves an entry from further down: it jumps to the top and the next page still continues where this one ended.
    const moved = await db().entry.findFirstOrThrow({ where: { slug: `paging-${stamp}-5000` }, select: { id: true } });
    await db().entry.update({ where: { id: moved.id }, data: { title: `Paging ${stamp} 5000` } });
    const second = await pageStudioEntries({ actor: editor, q: `Paging ${stamp}`, after: first.next!, pageSize: 100 });
    const firstIds = new Set(first.rows.map((r) => r.id));
    expect(second.rows.some((r) => firstIds.has(r.id))).toBe(false);
    expect(second.rows).toHaveLength(100);
  });

  it("ignores a forged cursor (first page) and refuses readers without studio access", async () => {
    const page = await pageStudioEntries({ actor: editor, q: `Paging ${stamp}`, after: "not-a-cursor", pageSize: 10 });
    expect(page.rows).toHaveLength(10);
    expect(page.previous).toBeNull();
    await expect(pageStudioEntries({ actor: null as unknown as Actor })).rejects.toThrow(ForbiddenError);
  });
});

describe("bulk actions on the entry list", () => {
  it("submit several drafts: each checked, audited and reported on its own, in one transaction", async () => {
    const a = await createEntry("actor", actorContent(uniqueSlug("bulk-a")), editor);
    const b = await createEntry("actor", actorContent(uniqueSlug("bulk-b")), editor);
    const published = await createEntry("actor", actorContent(uniqueSlug("bulk-pub")), editor);
    await publish(published.entryId, reviewer);
    const missing = randomUUID();
    const results = await submitEntriesForReview({ actor: editor2, entryIds: [a.entryId, b.entryId, published.entryId, missing] });
    expect(results.map((r) => [r.entryId, r.ok])).toEqual([
      [a.entryId, true],
      [b.entryId, true],
      [published.entryId, false],
      [missing, false],
    ]);
    expect(results[2]!.message).toMatch(/already published/);
    expect(results[3]!.message).toMatch(/does not exist/);
    for (const entryId of [a.entryId, b.entryId]) {
      expect(await db().review.count({ where: { entryId, status: "OPEN" } })).toBe(1);
      expect(await db().auditEvent.count({ where: { entryId, action: "review.submit", actorId: editor2.id } })).toBe(1);
    }
    // The refused entry was rolled back to its savepoint: no review, no audit line, not even a touched row.
    expect(await db().auditEvent.count({ where: { entryId: published.entryId, action: "review.submit" } })).toBe(1); // its own publication's submit only
    // Submitting again reports "already in review" and writes nothing more.
    const again = await submitEntriesForReview({ actor: editor2, entryIds: [a.entryId] });
    expect(again[0]).toMatchObject({ ok: true, message: "Already in review" });
    expect(await db().auditEvent.count({ where: { entryId: a.entryId, action: "review.submit" } })).toBe(1);
  });

  it("refuses bad input as a whole, and people without the permission", async () => {
    await expect(submitEntriesForReview({ actor: editor, entryIds: [] })).rejects.toThrow(ValidationError);
    await expect(submitEntriesForReview({ actor: editor, entryIds: ["x"] })).rejects.toThrow(ValidationError);
    await expect(submitEntriesForReview({ actor: editor, entryIds: Array.from({ length: 101 }, () => randomUUID()) })).rejects.toThrow(ValidationError);
    await expect(submitEntriesForReview({ actor: null as unknown as Actor, entryIds: [randomUUID()] })).rejects.toThrow(ForbiddenError);
  });

  it("assign a reviewer: four eyes per entry, one audit line and one inbox line per assigned entry", async () => {
    const mine = await createEntry("actor", actorContent(uniqueSlug("assign-mine")), reviewer); // the reviewer wrote it
    const theirs = await createEntry("actor", actorContent(uniqueSlug("assign-theirs")), editor);
    const draft = await createEntry("actor", actorContent(uniqueSlug("assign-draft")), editor); // never submitted
    await submitForReview({ actor: reviewer, entryId: mine.entryId });
    await submitForReview({ actor: editor, entryId: theirs.entryId });
    const results = await assignReviewer({ actor: editor, entryIds: [mine.entryId, theirs.entryId, draft.entryId], reviewerId: reviewer.id });
    expect(results.map((r) => r.ok)).toEqual([false, true, false]);
    expect(results[0]!.message).toMatch(/wrote part of this change/);
    expect(results[2]!.message).toMatch(/Not in review/);
    const review = await db().review.findFirstOrThrow({ where: { entryId: theirs.entryId, status: "OPEN" }, select: { id: true, reviewerId: true } });
    expect(review.reviewerId).toBe(reviewer.id);
    expect(await db().review.findFirstOrThrow({ where: { entryId: mine.entryId, status: "OPEN" }, select: { reviewerId: true } })).toEqual({
      reviewerId: null,
    });
    expect(await db().auditEvent.count({ where: { entryId: theirs.entryId, action: "review.assign" } })).toBe(1);
    expect(await db().auditEvent.count({ where: { entryId: mine.entryId, action: "review.assign" } })).toBe(0);
    expect(await db().notification.count({ where: { recipientId: reviewer.id, kind: "REVIEW_ASSIGNED", reviewId: review.id } })).toBe(1);
    // The queue shows it, and the audit log reads it as a sentence with names.
    const queue = await listOpenReviews({ actor: reviewer });
    expect(queue.find((r) => r.id === review.id)?.assignedTo).toEqual({ id: reviewer.id, name: reviewer.name });
    const { rows } = await listAuditEvents({ actor: reviewer, filter: { entryId: theirs.entryId, action: "review.assign" } });
    expect(auditSentenceText(rows[0]!.subject)).toBe(
      `${editor.name} asked ${reviewer.name} to review revision 1 of Actor “Actor ${await slugOf(theirs.entryId)}”.`,
    );
    // Only active reviewers and admins can be asked.
    await expect(assignReviewer({ actor: editor, entryIds: [theirs.entryId], reviewerId: editor2.id })).rejects.toThrow(ValidationError);
  });
});

async function slugOf(entryId: string): Promise<string> {
  return (await db().entry.findUniqueOrThrow({ where: { id: entryId }, select: { slug: true } })).slug;
}

/** Rows and queries the app's pool sends to PostgreSQL while `run` runs. */
async function measure<T>(run: () => Promise<T>): Promise<{ value: T; queries: number; rows: number }> {
  let queries = 0;
  let rows = 0;
  const original = pg.Client.prototype.query;
  const count = (r: { rows?: unknown[] } | undefined) => (rows += Array.isArray(r?.rows) ? r.rows.length : 0);
  const spy = vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    queries++;
    // The pool passes a callback; the adapter's own client awaits a promise.
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: { rows?: unknown[] }) => {
        if (!error) count(result);
        return (last as (e: unknown, r: unknown) => unknown)(error, result);
      };
    }
    const result = (original as (...a: unknown[]) => unknown).apply(this, args);
    if (typeof last !== "function" && result && typeof (result as Promise<unknown>).then === "function") {
      void (result as Promise<{ rows?: unknown[] }>).then(count, () => {});
    }
    return result as never;
  });
  try {
    const value = await run();
    return { value, queries, rows };
  } finally {
    spy.mockRestore();
  }
}

describe("the review queue", () => {
  it("reads the same number of queries and rows whether a queued entry has 1 revision or 41", { timeout: 60_000 }, async () => {
    const slug = uniqueSlug("queue-history");
    const first = await createEntry("actor", actorContent(slug), editor);
    await submitForReview({ actor: editor, entryId: first.entryId });
    const before = await measure(() => listOpenReviews({ actor: reviewer }));
    let base = first.revisionId;
    for (let i = 0; i < 40; i++) {
      const saved = await saveRevision({
        actor: editor,
        kind: "actor",
        entryId: first.entryId,
        baseRevisionId: base,
        content: actorContent(slug, { description: `Take ${i}` }),
        summary: `Take ${i}`,
      });
      if (!saved.ok) throw new Error("save failed");
      base = saved.revisionId;
    }
    const after = await measure(() => listOpenReviews({ actor: reviewer }));
    expect(after.queries).toBe(before.queries);
    // Rows follow the number of open reviews in the queue, not the revisions behind them.
    expect(after.rows - after.value.length).toBe(before.rows - before.value.length);
    expect(after.queries).toBeLessThanOrEqual(8); // Prisma reads each relation in its own query: a fixed number
    const item = after.value.find((r) => r.entryId === first.entryId)!;
    expect(item.number).toBe(41);
    expect(item.isOwnChange).toBe(false);
    expect((await listOpenReviews({ actor: { ...reviewer, id: editor.id, role: "REVIEWER" } })).find((r) => r.entryId === first.entryId)?.isOwnChange).toBe(
      true,
    );
  });
});

describe("the pickers' search", () => {
  it("finds entries by a part of their title or slug, drafts included, at most 20, for staff only", async () => {
    const word = `Zorzal${stamp}`;
    const draft = await createEntry("actor", actorContent(uniqueSlug("picker"), { title: `${word} Militia` }), editor);
    const found = await searchEntryOptions({ actor: editor, kind: "actor", q: word.toLowerCase() });
    expect(found).toEqual([{ kind: "actor", slug: await slugOf(draft.entryId), title: `${word} Militia` }]);
    expect(await searchEntryOptions({ actor: editor, kind: "event", q: word })).toEqual([]);
    expect(await searchEntryOptions({ actor: editor, kind: "actor", q: "Z" })).toEqual([]); // under 2 characters
    expect(await searchEntryOptions({ actor: editor, kind: "nope", q: word })).toEqual([]);
    expect(await searchEntryOptions({ actor: editor, kind: "actor", q: `Paging ${stamp}` })).toHaveLength(20);
    expect(await searchEntryOptions({ actor: editor, kind: "actor", q: "\u0000\u0001" })).toEqual([]); // nothing left to search
    await expect(searchEntryOptions({ actor: null as unknown as Actor, kind: "actor", q: word })).rejects.toThrow(ForbiddenError);
  });
});

describe("the event page's sources list (what a printed page keeps)", () => {
  it("gives each cited, published source its original and archived address, and never the archived text or its hash", async () => {
    const { createHash } = await import("node:crypto");
    const { listCitedSources } = await import("@/lib/entries/list-cited-sources");
    const { sourceContent } = await import("./fixtures");
    const text = "The full archived article.";
    const sha256 = createHash("sha256").update(text).digest("hex");
    const published = uniqueSlug("cited");
    const draft = uniqueSlug("cited-draft");
    const source = await createEntry(
      "source",
      sourceContent(published, { url: "https://news.example/a", archiveUrl: "https://archive.example/a", accessed: "2021-05-25", archive: { text, sha256 } }),
      editor,
    );
    await publish(source.entryId, reviewer);
    await createEntry("source", sourceContent(draft, { url: "https://news.example/draft" }), editor);
    const targets = new Map([
      [`source/${published}`, { kind: "source" as const, slug: published, title: `Source ${published}` }],
      [`source/${draft}`, { kind: "source" as const, slug: draft, title: "An unpublished source" }],
    ]);
    const sources = await listCitedSources({ targets });
    expect(sources).toEqual([
      { slug: published, title: `Source ${published}`, url: "https://news.example/a", archiveUrl: "https://archive.example/a", accessed: "2021-05-25" },
    ]);
    expect(JSON.stringify(sources)).not.toContain(sha256);
    expect(JSON.stringify(sources)).not.toContain(text);
  });
});
