// Issue 23: a field marked editor-only in the public projection (lib/entries/public-projection.ts) is on
// none of the public surfaces. The fields come from the projection itself, and SENTINEL_VALUES must give
// a value for each one (TypeScript refuses the file otherwise), so marking a new field editor-only extends
// this test. Every value carries a unique word; the entry is published twice (two revisions, so history
// and comparison have something to show), and every surface readers reach is searched for the word.
import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDossier } from "@/lib/dossier/build-dossier";
import { ENTRY_KINDS, type EntryKindName } from "@/lib/entries/common-schema";
import { contentSchemaByKind, type ContentByKind } from "@/lib/entries/content-schema";
import { getPublishedEntry } from "@/lib/entries/get-published-entry";
import { KIND_PATHS } from "@/lib/entries/kinds";
import { EDITOR_ONLY_FIELDS, editorOnlyFields } from "@/lib/entries/public-projection";
import { db } from "@/lib/db";
import { getRevisionPreview } from "@/lib/revisions/get-preview";
import { saveRevision } from "@/lib/revisions/save-revision";
import { seedRecord } from "@/prisma/seed/record";
import type { Actor } from "@/lib/users/permissions";
import { startAppServer, type AppServer } from "./app-server";
import { sha256Of, storeTestCapture } from "./capture-helpers";
import { actorContent, createEntry, makeActor, publish, sourceContent, uniqueSlug } from "./fixtures";

type Context = { sentinel: string; capture: { sha256: string; size: number } };
type SentinelValues = {
  [K in EntryKindName]: { [F in keyof (typeof EDITOR_ONLY_FIELDS)[K] & keyof ContentByKind[K]]-?: (context: Context) => ContentByKind[K][F] };
};

/** A value for each editor-only field in which every free text holds the sentinel. */
const SENTINEL_VALUES: SentinelValues = {
  event: {},
  actor: {},
  source: {
    archive: ({ sentinel }) => ({ text: `Archived full text ${sentinel}`, sha256: createHash("sha256").update(sentinel).digest("hex") }),
    captures: ({ sentinel, capture }) => [
      {
        sha256: capture.sha256,
        mediaType: "application/pdf",
        size: capture.size,
        capturedAt: "2026-12-07",
        capturedUrl: `https://example.org/${sentinel}`,
        tool: `tool ${sentinel}`,
        note: `Private note ${sentinel}`,
      },
    ],
  },
};

/** A published source of the seeded record, for the claim every kind's entry makes (claims reach the API and claims.csv). */
const citedSource = (() => {
  const seeded = seedRecord.find((e) => e.kind === "source" && e.history.some((r) => r.state === "published"));
  if (seeded?.kind !== "source") throw new Error("the seed has no published source");
  return seeded.history.at(-1)!.content.slug;
})();

const citedClaim = {
  id: "reliability-1",
  property: "reliability" as const,
  value: { type: "text" as const, text: "Considered reliable." },
  nature: "asserted" as const,
  rank: "normal" as const,
  citations: [{ source: citedSource }],
};

const BASE_CONTENT: { [K in EntryKindName]: (slug: string) => ContentByKind[K] } = {
  event: (slug) => {
    const seeded = seedRecord.find((e) => e.kind === "event");
    if (seeded?.kind !== "event") throw new Error("the seed has no event");
    return { ...seeded.history.at(-1)!.content, slug, title: `Event ${slug}` };
  },
  actor: (slug) => actorContent(slug),
  source: (slug) => sourceContent(slug, { claims: [citedClaim] }),
};

/** The kind's base content with each editor-only field set to its sentinel value. */
function withSentinels<K extends EntryKindName>(kind: K, slug: string, context: Context): ContentByKind[K] {
  const factories = new Map<string, unknown>(Object.entries(SENTINEL_VALUES[kind]));
  const content: Record<string, unknown> = { ...BASE_CONTENT[kind](slug) };
  for (const field of editorOnlyFields(kind)) {
    const factory = factories.get(field);
    if (typeof factory !== "function") throw new Error(`SENTINEL_VALUES.${kind} has no value for ${field}`);
    content[field] = factory(context);
  }
  // Parsed as a save would: the sentinel values are valid content.
  return contentSchemaByKind[kind].parse(content);
}

let app: AppServer;
let editor: Actor;
let reviewer: Actor;
beforeAll(async () => {
  [app, editor, reviewer] = await Promise.all([startAppServer(3231), makeActor("EDITOR"), makeActor("REVIEWER")]);
});
// The entries stay, as every published revision does; so do the captures they list (3 kB each): an export
// of the test database must still find the bytes of every capture a revision names.
afterAll(() => app?.stop());

const get = (path: string) => fetch(`${app.url}${path}`, { redirect: "manual" });

const kindsWithEditorOnlyFields = ENTRY_KINDS.filter((kind) => editorOnlyFields(kind).length > 0);

describe("editor-only fields", () => {
  it("are declared for at least one kind", () => {
    expect(kindsWithEditorOnlyFields.length).toBeGreaterThan(0);
  });

  it.each(kindsWithEditorOnlyFields)("of a published %s are on no public surface", async (kind) => {
    const sentinel = `Edonly${randomUUID().replace(/-/g, "").slice(0, 12)}`;
    const bytes = await storeTestCapture({ actor: editor, size: 3000, capturedAt: "2026-12-07", tool: "editor-only test" });
    const capture = { sha256: sha256Of(bytes), size: bytes.length };
    const context = { sentinel, capture };
    const slug = uniqueSlug(`editor-only-${kind}`);
    const { entryId, revisionId } = await createEntry(kind, withSentinels(kind, slug, context), editor);
    await publish(entryId, reviewer);
    // A second published revision whose editor-only fields differ, so a comparison would show them.
    const second = await saveRevision({
      actor: editor,
      kind,
      entryId,
      baseRevisionId: revisionId,
      content: withSentinels(kind, slug, { ...context, sentinel: `${sentinel}two` }),
      summary: "Second revision",
    });
    if (!second.ok) throw new Error(`save failed: ${JSON.stringify(second)}`);
    await publish(entryId, reviewer);

    // The stored revision does hold the sentinel: the test looks for something that exists.
    const stored = await db().revision.findUniqueOrThrow({ where: { id: revisionId }, select: { content: true } });
    expect(JSON.stringify(stored.content)).toContain(sentinel);

    const base = `/${KIND_PATHS[kind]}/${slug}`;
    const paths = [
      base,
      `${base}/history`,
      `${base}/history/1`,
      `${base}/history/2`,
      `${base}/history/compare?from=1&to=2`,
      `/api/v1/${KIND_PATHS[kind]}/${slug}`,
      `/api/v1/${KIND_PATHS[kind]}/${slug}/revisions`,
      `/api/v1/entries?kind=${KIND_PATHS[kind]}`,
      `/api/v1/claims?limit=500`,
      "/data/record.json",
      "/data/claims.csv",
      "/feed.xml",
      "/sitemap.xml",
      "/dossier",
      `/search?q=${encodeURIComponent(slug)}`,
      `/studio/entries/${entryId}/preview`,
    ];
    const answers = await Promise.all(
      paths.map(async (path) => {
        const response = await get(path);
        return { path, status: response.status, text: await response.text() };
      }),
    );
    // Each surface answered, and the entry is on the ones that list it: absence means something.
    for (const { path, status } of answers) expect([200, 307], path).toContain(status);
    const answerOf = (path: string) => answers.find((a) => a.path === path)!.text;
    for (const path of [
      base,
      `/api/v1/${KIND_PATHS[kind]}/${slug}`,
      "/data/record.json",
      "/data/claims.csv",
      "/dossier",
      `/search?q=${encodeURIComponent(slug)}`,
    ])
      expect(answerOf(path), path).toContain(slug);
    expect(answerOf(`${base}/history/compare?from=1&to=2`)).toContain("Second revision");

    for (const { path, text } of answers) {
      expect(text.includes(sentinel), `${path} shows an editor-only field`).toBe(false);
      expect(text.includes(capture.sha256), `${path} names a private capture`).toBe(false);
    }
    // Search by the editor-only words finds nothing.
    for (const path of [`/search?q=${sentinel}`, `/api/v1/entries?q=${sentinel}`]) expect(await (await get(path)).text(), path).not.toContain(slug);
    // The share card's text (its alt, in the page's metadata) and the reader's preview (sign-in first) are covered above;
    // the preview staff see is what readers would see, so it leaves the fields out too, as do the data layer's reads.
    const preview = await getRevisionPreview({ actor: editor, entryId });
    const published = await getPublishedEntry({ kind, slug });
    const dossier = await buildDossier();
    for (const [name, value] of Object.entries({ preview, published, dossier })) {
      expect(JSON.stringify(value).includes(sentinel), name).toBe(false);
      expect(JSON.stringify(value).includes(capture.sha256), name).toBe(false);
    }
  });
});
