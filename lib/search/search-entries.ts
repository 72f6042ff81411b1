import "server-only";
import { z } from "zod";
import { db } from "../db";
import { queryTextSchema, type EntryKindName } from "../entries/common-schema";
import { DB_TO_KIND, KIND_TO_DB, type DbEntryKind } from "../entries/kinds";
import { foldText } from "./fold-text";

export const searchQuerySchema = z.object({
  q: queryTextSchema.default(""),
  kind: z.enum(["event", "actor", "source"]).optional(),
});

export type SearchHit = { kind: EntryKindName; slug: string; title: string; summary: string; text: string; rank: number };

/**
 * Full-text search over published entries only (the index holds nothing else). Query and documents
 * are folded the same way, so "Vizcatan" finds "Vizcatán"; english, spanish and simple configurations
 * match stems in both languages and exact names.
 */
export async function searchEntries({ q, kind, limit = 30 }: { q: string; kind?: EntryKindName; limit?: number }): Promise<SearchHit[]> {
  const folded = foldText(q).replace(/[^\p{L}\p{N}\s"-]/gu, " ").trim();
  if (!folded) return [];
  const kindFilter = kind ? KIND_TO_DB[kind] : null;
  const rows = await db().$queryRaw<{ kind: DbEntryKind; slug: string; title: string; summary: string; body: string; rank: number }[]>`
    WITH query AS (
      SELECT websearch_to_tsquery('english', ${folded}) || websearch_to_tsquery('spanish', ${folded})
        || websearch_to_tsquery('simple', ${folded}) AS q
    )
    SELECT d.kind, d.slug, d.title, d.summary, d.body, ts_rank_cd(d.vector, query.q)::float8 AS rank
    FROM "SearchDocument" d, query
    WHERE d.vector @@ query.q AND (${kindFilter}::"EntryKind" IS NULL OR d.kind = ${kindFilter}::"EntryKind")
    ORDER BY rank DESC, d.title ASC
    LIMIT ${limit}`;
  return rows.map((r) => ({ kind: DB_TO_KIND[r.kind], slug: r.slug, title: r.title, summary: r.summary, text: `${r.summary}\n${r.body}`, rank: r.rank }));
}
