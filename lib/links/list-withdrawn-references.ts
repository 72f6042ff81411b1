import "server-only";
import type { EntryKindName } from "../entries/common-schema";
import { DB_TO_KIND } from "../entries/kinds";
import { readerDb } from "../db";
import { withdrawnReference, type WithdrawnReference } from "./withdrawn-reference";

/**
 * Every withdrawn entry that was once published, as readers may still see it where published entries
 * cite it (its last published name and the public reason), keyed "kind/slug". Withdrawals are few: the
 * open data, the API and the dossier read them in one query instead of per citation.
 */
export async function listWithdrawnReferences(): Promise<Map<string, WithdrawnReference>> {
  const rows = await readerDb().entry.findMany({
    where: { withdrawnAt: { not: null }, publishedRevisionId: { not: null } },
    select: { kind: true, slug: true, withdrawnAt: true, withdrawnReason: true, publishedRevision: { select: { title: true, hiddenAt: true } } },
  });
  const references = new Map<string, WithdrawnReference>();
  for (const row of rows) {
    const kind: EntryKindName = DB_TO_KIND[row.kind];
    references.set(
      `${kind}/${row.slug}`,
      withdrawnReference({
        kind,
        slug: row.slug,
        name: row.publishedRevision && !row.publishedRevision.hiddenAt ? row.publishedRevision.title : null,
        withdrawnAt: row.withdrawnAt!,
        reason: row.withdrawnReason,
      }),
    );
  }
  return references;
}
