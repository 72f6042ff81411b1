import "server-only";
import type { EntryKindName } from "../entries/common-schema";
import type { ContentByKind } from "../entries/content-schema";
import type { Tx } from "../db";
import { deriveReferences } from "./derive-references";
import type { ResolvedEntry } from "./resolve-references";

/** Replaces an entry's outgoing links with those of its newly published revision. */
export async function refreshLinks<K extends EntryKindName>(
  tx: Tx,
  { entryId, kind, content, resolved }: { entryId: string; kind: K; content: ContentByKind[K]; resolved: Map<string, ResolvedEntry> },
): Promise<void> {
  await tx.link.deleteMany({ where: { fromEntryId: entryId } });
  const rows = new Map<string, { fromEntryId: string; toEntryId: string; relation: string; detail: string }>();
  for (const ref of deriveReferences(kind, content)) {
    const target = resolved.get(`${ref.kind}/${ref.slug}`);
    if (!target || target.id === entryId) continue;
    const row = { fromEntryId: entryId, toEntryId: target.id, relation: ref.relation, detail: ref.detail };
    rows.set(`${row.toEntryId}|${row.relation}|${row.detail}`, row);
  }
  if (rows.size > 0) await tx.link.createMany({ data: [...rows.values()] });
}
