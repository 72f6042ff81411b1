import "server-only";
import { z } from "zod";
import { readerDb } from "../db";
import { DB_TO_KIND, KIND_PATHS, KIND_TO_DB, KIND_WORDS, entryPath, kindFromPath } from "../entries/kinds";
import { queryTextSchema } from "../entries/common-schema";
import { isUuid } from "../errors";
import { searchEntryIdsPage } from "../search/search-entries";

export const listEntriesQuerySchema = z.object({
  // The plural word of the URL, in the filter as in the answers: `kind=actor` is refused, naming these.
  kind: z.enum(KIND_WORDS, { error: `One of ${KIND_WORDS.join(", ")}` }).optional(),
  q: queryTextSchema.optional(),
  updatedSince: z.iso
    .datetime({ offset: true, message: "An ISO 8601 date-time, e.g. 2021-05-24T00:00:00Z" })
    .refine(isSaneInstant, "A date between the years 1000 and 9999")
    .optional(),
  cursor: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, "A cursor from a previous answer")
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

// PostgreSQL's timestamps cannot take year 0 or below, which ISO 8601 allows.
function isSaneInstant(text: string): boolean {
  const time = Date.parse(text);
  if (Number.isNaN(time)) return false;
  const year = new Date(time).getUTCFullYear();
  return year >= 1000 && year <= 9999;
}

type Cursor = { publishedAt: string; id: string };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(raw: string): Cursor | null {
  try {
    const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Cursor;
    return typeof value.publishedAt === "string" && isUuid(value.id) && isSaneInstant(value.publishedAt) ? value : null;
  } catch {
    return null;
  }
}

/** Published entries, newest publication first, keyset-paginated so pages stay fast and stable. */
export async function listEntriesPage(query: z.infer<typeof listEntriesQuerySchema>) {
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  if (query.cursor && !cursor) return { ok: false as const, message: "Unknown cursor" };
  const kind = query.kind ? (kindFromPath(query.kind) ?? undefined) : undefined;
  // The same forgiving match as /search (prefixes, synonyms, typos in names), paged in PostgreSQL; the
  // query below applies every filter again, so the page is exactly what it would be without a search.
  const after = cursor ? { publishedAt: new Date(cursor.publishedAt), id: cursor.id } : null;
  const publishedSince = query.updatedSince ? new Date(query.updatedSince) : undefined;
  const matchingIds = query.q ? await searchEntryIdsPage({ q: query.q, kind, publishedSince, after, take: query.limit + 1 }) : undefined;
  const rows = await readerDb().entry.findMany({
    where: {
      publishedRevisionId: { not: null },
      withdrawnAt: null,
      ...(kind ? { kind: KIND_TO_DB[kind] } : {}),
      ...(query.updatedSince ? { publishedAt: { gte: new Date(query.updatedSince) } } : {}),
      ...(matchingIds ? { id: { in: matchingIds } } : {}),
      ...(cursor ? { OR: [{ publishedAt: { lt: new Date(cursor.publishedAt) } }, { publishedAt: new Date(cursor.publishedAt), id: { lt: cursor.id } }] } : {}),
    },
    select: { id: true, kind: true, slug: true, publishedAt: true, publishedRevision: { select: { title: true, number: true } } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    ok: true as const,
    data: page.map((r) => ({
      kind: KIND_PATHS[DB_TO_KIND[r.kind]],
      slug: r.slug,
      title: r.publishedRevision!.title,
      revision: r.publishedRevision!.number,
      publishedAt: r.publishedAt!.toISOString(),
      url: entryPath(DB_TO_KIND[r.kind], r.slug),
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ publishedAt: last.publishedAt!.toISOString(), id: last.id }) : null,
  };
}
