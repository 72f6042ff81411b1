import "server-only";
import { DB_TO_KIND, entryPath } from "../entries/kinds";
import { toPublicEntry, type PublicEntryContent } from "../entries/public-projection";
import { readerDb } from "../db";

/** `kind` and `content`: the published revision's content as readers may see it (public-projection.ts). */
export type PublishedRecordEntry = PublicEntryContent & {
  id: string;
  slug: string;
  title: string;
  url: string;
  revision: number;
  publishedAt: Date;
  firstPublishedAt: Date;
};

const BATCH = 200;

/**
 * Every published, not withdrawn entry with its published revision, in a stable order (entry id),
 * read in batches so a large record never sits in memory at once. Scoped in the query itself:
 * drafts cannot come out of here, and a hidden published revision is left out as readers' pages do.
 */
export async function* readPublishedRecord({ fromId }: { fromId?: string } = {}): AsyncGenerator<PublishedRecordEntry> {
  let cursor = fromId;
  let isFirstBatch = true;
  for (;;) {
    const rows = await readerDb().entry.findMany({
      where: { publishedRevisionId: { not: null }, withdrawnAt: null, ...(cursor ? { id: isFirstBatch ? { gte: cursor } : { gt: cursor } } : {}) },
      select: {
        id: true,
        kind: true,
        slug: true,
        firstPublishedAt: true,
        publishedRevision: { select: { number: true, title: true, content: true, publishedAt: true, hiddenAt: true } },
      },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    for (const row of rows) {
      const revision = row.publishedRevision;
      if (!revision || revision.hiddenAt) continue;
      const kind = DB_TO_KIND[row.kind];
      const projected = toPublicEntry(kind, revision.content);
      if (!projected) continue;
      yield {
        ...projected,
        id: row.id,
        slug: row.slug,
        title: revision.title,
        url: entryPath(kind, row.slug),
        revision: revision.number,
        publishedAt: revision.publishedAt!,
        firstPublishedAt: row.firstPublishedAt ?? revision.publishedAt!,
      };
    }
    if (rows.length < BATCH) return;
    isFirstBatch = false;
    cursor = rows[rows.length - 1]!.id;
  }
}

/** Titles of published entries by "kind:slug", to name who asserts a claim and which source it cites. */
export async function publishedTitles(): Promise<Map<string, string>> {
  const rows = await readerDb().entry.findMany({
    where: { publishedRevisionId: { not: null }, withdrawnAt: null },
    select: { kind: true, slug: true, title: true, publishedRevision: { select: { title: true, hiddenAt: true } } },
  });
  const titles = new Map<string, string>();
  for (const row of rows) {
    if (row.publishedRevision && !row.publishedRevision.hiddenAt) titles.set(`${DB_TO_KIND[row.kind]}:${row.slug}`, row.publishedRevision.title);
  }
  return titles;
}
