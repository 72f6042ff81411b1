import "server-only";
import { z } from "zod";
import { readerDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import { queryTextSchema, type EntryKindName } from "../entries/common-schema";
import { DB_TO_KIND, KIND_TO_DB, type DbEntryKind } from "../entries/kinds";
import { foldText } from "./fold-text";
import { forgivingTsQuery, parseQuery, queryWords } from "./search-terms";

export const searchQuerySchema = z.object({
  q: queryTextSchema.default(""),
  kind: z.enum(["event", "actor", "source"]).optional(),
});

export type SearchHit = { kind: EntryKindName; slug: string; title: string; summary: string; text: string; rank: number };

// How many entries are ranked at most (see searchEntries).
const NAMED_CANDIDATES = 50;
const TEXT_CANDIDATES = 100;

type PreparedQuery = { folded: string; forgiving: string; plain: string };

/** `query`: the tsquery (`q`) and the plain words (`plain`) both searches match documents against. */
function queryCte(query: PreparedQuery): Prisma.Sql {
  return Prisma.sql`WITH query AS (
      SELECT websearch_to_tsquery('english', ${query.folded}) || websearch_to_tsquery('spanish', ${query.folded})
        || websearch_to_tsquery('simple', ${query.folded}) || to_tsquery('simple', ${query.forgiving}) AS q,
        ${query.plain}::text AS plain
    )`;
}

function prepare(q: string): PreparedQuery | null {
  const folded = foldText(q)
    .replace(/[^\p{L}\p{N}\s"-]/gu, " ")
    .trim();
  const forgiving = forgivingTsQuery(parseQuery(q));
  if (!folded || !forgiving) return null;
  return { folded, forgiving, plain: queryWords(q).join(" ") };
}

/**
 * Search over published entries only (the index holds nothing else; withdrawal removes the row).
 * A document matches when any of these does:
 * - full text, stemmed: english, spanish and simple configurations over folded text, so "Vizcatan"
 *   finds "Vizcatán" and "asesinados" finds "asesinado";
 * - the forgiving query: every word as a prefix ("vizca"), synonyms of the record's vocabulary
 *   ("masacre" → massacre, "Sendero Luminoso" → Shining Path), see search-terms.ts;
 * - trigram word similarity (pg_trgm) of the query against the entry's names (title, aliases, places),
 *   which forgives typos ("vizcatn").
 * Rank: full-text rank plus how closely the query matches the entry's own names, so the Shining
 * Path's entry comes before the many entries that mention it. Only a bounded set of candidates is
 * ranked (below), which keeps p95 under 50 ms at 10,000 entries (npm run bench).
 */
export async function searchEntries({ q, kind, limit = 30 }: { q: string; kind?: EntryKindName; limit?: number }): Promise<SearchHit[]> {
  const query = prepare(q);
  if (!query) return [];
  const kindFilter = kind ? KIND_TO_DB[kind] : null;
  // Ranking reads each document's whole vector, so it is done on a bounded set of candidates: the
  // entries whose names (title, aliases, places) match best, by the trigram index, and the first
  // CANDIDATES full-text matches. A query that matches thousands of entries stays fast; an entry
  // named by the query is always among the candidates.
  const rows = await readerDb().$queryRaw<{ kind: DbEntryKind; slug: string; title: string; summary: string; body: string; rank: number }[]>`
    ${queryCte(query)},
    named AS (
      SELECT d."entryId" FROM "SearchDocument" d, query
      WHERE query.plain <% d.names AND (${kindFilter}::"EntryKind" IS NULL OR d.kind = ${kindFilter}::"EntryKind")
      ORDER BY word_similarity(query.plain, d.names) DESC
      LIMIT ${NAMED_CANDIDATES}
    ),
    matched AS (
      SELECT d."entryId" FROM "SearchDocument" d, query
      WHERE d.vector @@ query.q AND (${kindFilter}::"EntryKind" IS NULL OR d.kind = ${kindFilter}::"EntryKind")
      LIMIT ${TEXT_CANDIDATES}
    ),
    candidates AS (SELECT "entryId" FROM named UNION SELECT "entryId" FROM matched)
    SELECT d.kind, d.slug, d.title, d.summary, d.body,
      (ts_rank_cd(d.vector, query.q) + word_similarity(query.plain, d.names))::float8 AS rank
    FROM candidates c JOIN "SearchDocument" d ON d."entryId" = c."entryId", query
    ORDER BY rank DESC, d.title ASC
    LIMIT ${limit}`;
  return rows.map((r) => ({ kind: DB_TO_KIND[r.kind], slug: r.slug, title: r.title, summary: r.summary, text: `${r.summary}\n${r.body}`, rank: r.rank }));
}

/**
 * One page of the published entries a query matches, by the same rules as searchEntries, newest
 * publication first, for the public API's entry list: at most `take` ids, after the keyset `after`.
 * The page is chosen in PostgreSQL: a query that matches most of a large record never sends its
 * matches back as parameters (70,000 of them exceed what one statement may bind).
 */
export async function searchEntryIdsPage({
  q,
  kind,
  publishedSince,
  after,
  take,
}: {
  q: string;
  kind?: EntryKindName;
  publishedSince?: Date;
  after?: { publishedAt: Date; id: string } | null;
  take: number;
}): Promise<string[]> {
  const query = prepare(q);
  if (!query) return [];
  const kindFilter = kind ? KIND_TO_DB[kind] : null;
  const rows = await readerDb().$queryRaw<{ entryId: string }[]>`
    ${queryCte(query)}
    SELECT e.id::text AS "entryId"
    FROM "SearchDocument" d JOIN "Entry" e ON e.id = d."entryId", query
    WHERE (d.vector @@ query.q OR query.plain <% d.names)
      AND (${kindFilter}::"EntryKind" IS NULL OR d.kind = ${kindFilter}::"EntryKind")
      AND e."publishedRevisionId" IS NOT NULL AND e."withdrawnAt" IS NULL
      AND (${publishedSince ?? null}::timestamptz IS NULL OR e."publishedAt" >= ${publishedSince ?? null}::timestamptz)
      AND (${after?.publishedAt ?? null}::timestamptz IS NULL OR e."publishedAt" < ${after?.publishedAt ?? null}::timestamptz
        OR (e."publishedAt" = ${after?.publishedAt ?? null}::timestamptz AND e.id < ${after?.id ?? null}::uuid))
    ORDER BY e."publishedAt" DESC, e.id DESC
    LIMIT ${take}`;
  return rows.map((r) => r.entryId);
}
