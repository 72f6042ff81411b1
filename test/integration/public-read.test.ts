// Public reads return public types: a source's archived full text never leaves the data layer for readers.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPublishedEntry } from "@/lib/entries/get-published-entry";
import { saveRevision } from "@/lib/revisions/save-revision";
import { listPublicRevisions } from "@/lib/revisions/list-public-revisions";
import type { Actor } from "@/lib/users/permissions";
import { createEntry, makeActor, publish, sourceContent, uniqueSlug } from "./fixtures";

let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  [editor, reviewer] = await Promise.all([makeActor("EDITOR"), makeActor("REVIEWER")]);
});

const archive = (text: string) => ({ text, sha256: "a".repeat(64) });

describe("public reads of a source with an archived text", () => {
  it("return no archive key, though the published revision stores one", async () => {
    const slug = uniqueSlug("src");
    const { entryId } = await createEntry("source", sourceContent(slug, { archive: archive("ARCHIVED-SECRET-TEXT") }), editor);
    await publish(entryId, reviewer);
    const stored = await db().entry.findUniqueOrThrow({ where: { id: entryId }, select: { publishedRevision: { select: { content: true } } } });
    expect(stored.publishedRevision?.content).toHaveProperty("archive.text", "ARCHIVED-SECRET-TEXT");

    const lookup = await getPublishedEntry({ kind: "source", slug });
    expect(lookup.status).toBe("published");
    if (lookup.status !== "published") return;
    expect(lookup.content.title).toBe(`Source ${slug}`);
    expect(Object.keys(lookup.content)).not.toContain("archive");
    expect(JSON.stringify(lookup)).not.toContain("ARCHIVED-SECRET-TEXT");
  });

  it("do not count a change of the archive in the corrections log", async () => {
    const slug = uniqueSlug("src");
    const { entryId, revisionId } = await createEntry("source", sourceContent(slug), editor);
    await publish(entryId, reviewer);
    const saved = await saveRevision({
      actor: editor,
      kind: "source",
      entryId,
      baseRevisionId: revisionId,
      content: sourceContent(slug, { archive: archive("Later archive.") }),
      summary: "Archive",
    });
    expect(saved.ok).toBe(true);
    await publish(entryId, reviewer);
    const log = await listPublicRevisions({ kind: "source", slug });
    expect(log?.revisions.map((r) => [r.number, r.changes])).toEqual([
      [2, "no changes"],
      [1, expect.stringMatching(/fields added/)],
    ]);
  });
});
