import "server-only";
import type { EntryKindName } from "../entries/common-schema";
import { DB_TO_KIND, KIND_TO_DB } from "../entries/kinds";
import type { Db, Tx } from "../db";
import { withdrawnReference, type WithdrawnReference } from "./withdrawn-reference";

export type ResolvedEntry = {
  id: string;
  kind: EntryKindName;
  slug: string;
  isPublished: boolean;
  isWithdrawn: boolean;
  publishedTitle: string | null;
  /** Set when the entry is withdrawn: what readers may still see of it (its last published name and the reason). */
  withdrawn: WithdrawnReference | null;
};

/** Finds the entries that (kind, slug) pairs name, following old slugs; one query per table. */
export async function resolveReferences(client: Db | Tx, wanted: readonly { kind: EntryKindName; slug: string }[]): Promise<Map<string, ResolvedEntry>> {
  const result = new Map<string, ResolvedEntry>();
  if (wanted.length === 0) return result;
  const conditions = wanted.map((w) => ({ kind: KIND_TO_DB[w.kind], slug: w.slug }));
  const select = {
    id: true,
    kind: true,
    slug: true,
    publishedRevisionId: true,
    withdrawnAt: true,
    withdrawnReason: true,
    publishedRevision: { select: { title: true, hiddenAt: true } },
  } as const;
  const direct = await client.entry.findMany({ where: { OR: conditions }, select });
  const redirects = await client.slugRedirect.findMany({
    where: { OR: conditions.map((c) => ({ kind: c.kind, oldSlug: c.slug })) },
    select: { kind: true, oldSlug: true, entry: { select } },
  });
  const toResolved = (e: (typeof direct)[number]): ResolvedEntry => ({
    id: e.id,
    kind: DB_TO_KIND[e.kind],
    slug: e.slug,
    isPublished: e.publishedRevisionId !== null && e.withdrawnAt === null,
    isWithdrawn: e.withdrawnAt !== null,
    publishedTitle: e.publishedRevisionId && !e.withdrawnAt ? (e.publishedRevision?.title ?? null) : null,
    withdrawn: e.withdrawnAt
      ? withdrawnReference({
          kind: DB_TO_KIND[e.kind],
          slug: e.slug,
          // Only the last published revision's title is public, and not even that once an admin hid it.
          name: e.publishedRevision && !e.publishedRevision.hiddenAt ? e.publishedRevision.title : null,
          withdrawnAt: e.withdrawnAt,
          reason: e.withdrawnReason,
        })
      : null,
  });
  for (const r of redirects) result.set(`${r.kind.toLowerCase()}/${r.oldSlug}`, toResolved(r.entry));
  for (const e of direct) result.set(`${e.kind.toLowerCase()}/${e.slug}`, toResolved(e));
  return result;
}
