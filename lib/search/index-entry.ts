import "server-only";
import { plainText } from "../citations/render-markdown";
import type { EntryKindName } from "../entries/common-schema";
import type { ContentByKind } from "../entries/content-schema";
import { KIND_TO_DB } from "../entries/kinds";
import { toPublicEntry, type PublicEntryContent } from "../entries/public-projection";
import type { Tx } from "../db";
import { foldText } from "./fold-text";

function searchableParts(entry: PublicEntryContent): { summary: string; body: string; extra: string[] } {
  if (entry.kind === "event") {
    const e = entry.content;
    const aliases = e.aliases.map((a) => a.name);
    return { summary: e.summary, body: plainText(e.body), extra: [...aliases, e.place.name, e.place.district ?? "", e.place.region ?? ""] };
  }
  if (entry.kind === "actor") {
    const a = entry.content;
    return { summary: a.description, body: plainText(a.body), extra: a.aliases.map((alias) => alias.name) };
  }
  const s = entry.content;
  return { summary: s.summary, body: s.excerpts.map((x) => x.text).join("\n"), extra: s.authors };
}

/** Writes the search row of a just-published revision; only published content, as readers may see it, is ever indexed. */
export async function indexPublishedEntry<K extends EntryKindName>(
  tx: Tx,
  { entryId, kind, content }: { entryId: string; kind: K; content: ContentByKind[K] },
): Promise<void> {
  const projected = toPublicEntry(kind, content);
  if (!projected) throw new Error("A published revision's content no longer parses");
  const { summary, body, extra } = searchableParts(projected);
  const { title, slug } = projected.content;
  const folded = foldText([title, ...extra, summary, body].join("\n"));
  const names = foldText([title, ...extra].filter(Boolean).join("\n"));
  await tx.$executeRaw`
    INSERT INTO "SearchDocument" ("entryId", kind, slug, title, summary, body, folded, names, vector, "updatedAt")
    VALUES (${entryId}::uuid, ${KIND_TO_DB[kind]}::"EntryKind", ${slug}, ${title}, ${summary}, ${body}, ${folded}, ${names},
      setweight(to_tsvector('simple', ${foldText([title, ...extra].join(" "))}), 'A')
        || to_tsvector('english', ${folded}) || to_tsvector('spanish', ${folded}) || to_tsvector('simple', ${folded}),
      now())
    ON CONFLICT ("entryId") DO UPDATE SET kind = EXCLUDED.kind, slug = EXCLUDED.slug, title = EXCLUDED.title,
      summary = EXCLUDED.summary, body = EXCLUDED.body, folded = EXCLUDED.folded, names = EXCLUDED.names, vector = EXCLUDED.vector, "updatedAt" = now()`;
}

export async function removeFromSearch(tx: Tx, entryId: string): Promise<void> {
  await tx.searchDocument.deleteMany({ where: { entryId } });
}
