import "server-only";
import { readerDb } from "../db";
import { KIND_TO_DB } from "../entries/kinds";
import type { LinkTarget } from "./get-public-link-targets";

/**
 * Published actors whose published title is one of these names (case aside): a source lists its authors
 * as names, and an author the record has an entry for links to that entry. Published, not withdrawn only.
 */
export async function getPublishedActorsNamed(names: readonly string[]): Promise<LinkTarget[]> {
  if (names.length === 0) return [];
  const rows = await readerDb().entry.findMany({
    where: {
      kind: KIND_TO_DB.actor,
      withdrawnAt: null,
      publishedRevision: { title: { in: [...names], mode: "insensitive" } },
    },
    select: { slug: true, publishedRevision: { select: { title: true } } },
    orderBy: { slug: "asc" },
  });
  return rows.flatMap((row) => (row.publishedRevision ? [{ kind: "actor" as const, slug: row.slug, title: row.publishedRevision.title }] : []));
}
