import "server-only";
import { parseContent } from "../entries/content-schema";
import { DB_TO_KIND } from "../entries/kinds";
import type { Db, Tx } from "../db";
import { deriveReferences, referencedEntries } from "./derive-references";

/**
 * The "kind/slug" keys an entry's published revision (and the revision a save started from) refer to.
 * A save may keep such a reference after its target was withdrawn (it is history, flagged to the editor),
 * while a reference to a withdrawn entry that neither made is new and refused.
 */
export async function keptReferenceKeys(
  client: Db | Tx,
  { entryId, baseRevisionId }: { entryId?: string; baseRevisionId?: string | null },
): Promise<Set<string>> {
  if (!entryId) return new Set();
  const entry = await client.entry.findUnique({ where: { id: entryId }, select: { kind: true, publishedRevisionId: true } });
  if (!entry) return new Set();
  const ids = [entry.publishedRevisionId, baseRevisionId].filter((id): id is string => typeof id === "string");
  if (ids.length === 0) return new Set();
  const revisions = await client.revision.findMany({ where: { id: { in: ids }, entryId }, select: { content: true } });
  const kind = DB_TO_KIND[entry.kind];
  const keys = new Set<string>();
  for (const revision of revisions) {
    const parsed = parseContent(kind, revision.content);
    if (!parsed.success) continue;
    for (const ref of referencedEntries(deriveReferences(kind, parsed.data))) keys.add(`${ref.kind}/${ref.slug}`);
  }
  return keys;
}
