import "server-only";
import type { EntryKindName } from "../entries/common-schema";
import { DB_TO_KIND } from "../entries/kinds";
import { readerDb } from "../db";

export type Backlink = { kind: EntryKindName; slug: string; title: string; relation: string; detail: string };

/** Published entries that link to this one (the link table holds published revisions only). */
export async function listBacklinks(entryId: string): Promise<Backlink[]> {
  const links = await readerDb().link.findMany({
    where: { toEntryId: entryId, from: { publishedRevisionId: { not: null }, withdrawnAt: null } },
    select: { relation: true, detail: true, from: { select: { kind: true, slug: true, publishedRevision: { select: { title: true } } } } },
    orderBy: [{ relation: "asc" }],
  });
  return links.map((l) => ({
    kind: DB_TO_KIND[l.from.kind],
    slug: l.from.slug,
    title: l.from.publishedRevision?.title ?? l.from.slug,
    relation: l.relation,
    detail: l.detail,
  }));
}
