import "server-only";
import { readerDb } from "../db";
import type { EntryKindName } from "../entries/common-schema";
import { DB_TO_KIND } from "../entries/kinds";

export type PublishedChange = { id: string; kind: EntryKindName; slug: string; title: string; number: number; publishedAt: Date; summary: string };

/** The latest publications, for the home page and the feed: withdrawn entries and hidden revisions excluded. */
export async function listPublishedChanges({ limit = 30 }: { limit?: number } = {}): Promise<PublishedChange[]> {
  const rows = await readerDb().revision.findMany({
    where: { publishedAt: { not: null }, hiddenAt: null, entry: { withdrawnAt: null, publishedRevisionId: { not: null } } },
    select: {
      id: true,
      number: true,
      publishedAt: true,
      summary: true,
      title: true,
      entry: { select: { kind: true, slug: true, publishedRevision: { select: { title: true } } } },
    },
    orderBy: { publishedAt: "desc" },
    take: limit,
  });
  return rows.map((r) => ({
    id: r.id,
    kind: DB_TO_KIND[r.entry.kind],
    slug: r.entry.slug,
    title: r.entry.publishedRevision?.title ?? r.title,
    number: r.number,
    publishedAt: r.publishedAt!,
    summary: r.summary,
  }));
}
