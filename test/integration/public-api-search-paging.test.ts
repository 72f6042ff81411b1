// The public API's entry list with a query is paged in PostgreSQL (searchEntryIdsPage): the pages of
// a search are exactly the matching published entries, newest publication first, each once.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { listEntriesPage, listEntriesQuerySchema } from "@/lib/api/list-entries-page";
import type { Actor } from "@/lib/users/permissions";
import { actorContent, createEntry, makeActor, publish, uniqueSlug } from "./fixtures";

// A word no other test writes, so that only this file's entries match it.
const word = `pagerword${randomUUID()
  .slice(0, 8)
  .replace(/[^a-z]/g, "q")}`;
let published: string[] = [];

beforeAll(async () => {
  const [editor, reviewer]: Actor[] = await Promise.all([makeActor("EDITOR"), makeActor("REVIEWER")]);
  for (let i = 0; i < 5; i++) {
    const slug = uniqueSlug(`paged-${i}`);
    const { entryId } = await createEntry("actor", actorContent(slug, { title: `Paged ${word} ${i}` }), editor!);
    await publish(entryId, reviewer!);
    published = [slug, ...published]; // newest publication first
  }
  // A draft that matches is never listed.
  await createEntry("actor", actorContent(uniqueSlug("paged-draft"), { title: `Paged ${word} draft` }), editor!);
});

async function page(params: Record<string, string>) {
  const result = await listEntriesPage(listEntriesQuerySchema.parse(params));
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("the public entry list filtered by a query", () => {
  it("pages through every matching published entry once, newest first, and nothing else", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const result = await page({ q: word, limit: "2", ...(cursor ? { cursor } : {}) });
      expect(result.data.length).toBeLessThanOrEqual(2);
      seen.push(...result.data.map((entry) => entry.slug));
      cursor = result.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(published);
  });

  it("keeps the kind and date filters with the query", async () => {
    expect((await page({ q: word, kind: "events" })).data).toEqual([]);
    expect((await page({ q: word, kind: "actors" })).data.map((entry) => entry.slug)).toEqual(published);
    expect((await page({ q: word, updatedSince: "9000-01-01T00:00:00Z" })).data).toEqual([]);
  });
});
