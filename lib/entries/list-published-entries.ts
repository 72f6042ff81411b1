import "server-only";
import type { EntryKindName } from "./common-schema";
import type { ContentByKind } from "./content-schema";
import { DB_TO_KIND, KIND_TO_DB } from "./kinds";
import { db } from "../db";

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

function describe(kind: EntryKindName, content: unknown): { summary: string; type: string } {
  if (kind === "event") {
    const e = content as ContentByKind["event"];
    return { summary: e.summary, type: e.eventType.category };
  }
  if (kind === "actor") {
    const a = content as ContentByKind["actor"];
    return { summary: a.description, type: a.actorType };
  }
  const s = content as ContentByKind["source"];
  return { summary: s.summary, type: s.sourceType };
}

/** Readers' lists: scoped to published, not withdrawn entries in the query itself; text from the published revision. */
export async function listPublishedEntries({
  kind,
  type,
  limit = 500,
}: { kind?: EntryKindName; type?: string; limit?: number } = {}): Promise<PublishedEntrySummary[]> {
  const rows = await db().entry.findMany({
    where: { publishedRevisionId: { not: null }, withdrawnAt: null, ...(kind ? { kind: KIND_TO_DB[kind] } : {}) },
    select: { id: true, kind: true, slug: true, publishedAt: true, publishedRevision: { select: { title: true, content: true } } },
    orderBy: [{ kind: "asc" }, { slug: "asc" }],
    take: limit,
  });
  const entries = rows.map((r) => {
    const entryKind = DB_TO_KIND[r.kind];
    return {
      id: r.id,
      kind: entryKind,
      slug: r.slug,
      title: r.publishedRevision!.title,
      ...describe(entryKind, r.publishedRevision!.content),
      publishedAt: r.publishedAt!,
    };
  });
  entries.sort((a, b) => a.title.localeCompare(b.title, "es"));
  return type ? entries.filter((e) => e.type === type) : entries;
}
