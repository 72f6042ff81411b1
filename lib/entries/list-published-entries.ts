import "server-only";
import type { EntryKindName } from "./common-schema";
import { DB_TO_KIND, KIND_TO_DB } from "./kinds";
import { db } from "../db";

export type PublishedEntrySummary = { id: string; kind: EntryKindName; slug: string; title: string; publishedAt: Date };

/** Readers' lists: scoped to published, not withdrawn entries in the query itself; titles from the published revision. */
export async function listPublishedEntries({ kind, limit = 100 }: { kind?: EntryKindName; limit?: number } = {}): Promise<PublishedEntrySummary[]> {
  const rows = await db().entry.findMany({
    where: { publishedRevisionId: { not: null }, withdrawnAt: null, ...(kind ? { kind: KIND_TO_DB[kind] } : {}) },
    select: { id: true, kind: true, slug: true, publishedAt: true, publishedRevision: { select: { title: true } } },
    orderBy: [{ kind: "asc" }, { slug: "asc" }],
    take: limit,
  });
  return rows.map((r) => ({
    id: r.id,
    kind: DB_TO_KIND[r.kind],
    slug: r.slug,
    title: r.publishedRevision!.title,
    publishedAt: r.publishedAt!,
  }));
}
