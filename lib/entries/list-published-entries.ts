import "server-only";
import type { EntryKindName } from "./common-schema";
import { DB_TO_KIND, KIND_TO_DB } from "./kinds";
import { toPublicEntry, type PublicEntryContent } from "./public-projection";
import { readerDb } from "../db";

export type PublishedEntrySummary = {
  id: string;
  kind: EntryKindName;
  slug: string;
  title: string;
  summary: string;
  /** Event category, actor type or source type: what index pages filter on. */
  type: string;
  publishedAt: Date;
};

function describe(entry: PublicEntryContent): { summary: string; type: string } {
  switch (entry.kind) {
    case "event":
      return { summary: entry.content.summary, type: entry.content.eventType.category };
    case "actor":
      return { summary: entry.content.description, type: entry.content.actorType };
    case "source":
      return { summary: entry.content.summary, type: entry.content.sourceType };
  }
}

/** Readers' lists: scoped to published, not withdrawn entries in the query itself; text from the published revision. */
export async function listPublishedEntries({ kind, type, limit = 500 }: { kind?: EntryKindName; type?: string; limit?: number } = {}): Promise<
  PublishedEntrySummary[]
> {
  const rows = await readerDb().entry.findMany({
    where: { publishedRevisionId: { not: null }, withdrawnAt: null, ...(kind ? { kind: KIND_TO_DB[kind] } : {}) },
    select: { id: true, kind: true, slug: true, publishedAt: true, publishedRevision: { select: { title: true, content: true } } },
    orderBy: [{ kind: "asc" }, { slug: "asc" }],
    take: limit,
  });
  const entries = rows.flatMap((r) => {
    const entryKind = DB_TO_KIND[r.kind];
    // Stored content is parsed like every public read: what does not parse is not listed (the entry page says missing too).
    const projected = toPublicEntry(entryKind, r.publishedRevision!.content);
    if (!projected) return [];
    return [{ id: r.id, kind: entryKind, slug: r.slug, title: r.publishedRevision!.title, ...describe(projected), publishedAt: r.publishedAt! }];
  });
  entries.sort((a, b) => a.title.localeCompare(b.title, "es"));
  return type ? entries.filter((e) => e.type === type) : entries;
}
