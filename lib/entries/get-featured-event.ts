import "server-only";
import { readerDb } from "../db";
import { getPublishedEntry, type PublishedEntry } from "./get-published-entry";

/** The home page leads with the published event that the record documents most (most outgoing links). */
export async function getFeaturedEvent(): Promise<PublishedEntry<"event"> | null> {
  const [top] = await readerDb().$queryRaw<{ slug: string }[]>`
    SELECT e.slug FROM "Entry" e LEFT JOIN "Link" l ON l."fromEntryId" = e.id
    WHERE e.kind = 'EVENT' AND e."publishedRevisionId" IS NOT NULL AND e."withdrawnAt" IS NULL
    GROUP BY e.id, e.slug ORDER BY count(l."toEntryId") DESC, e.slug LIMIT 1`;
  if (!top) return null;
  const lookup = await getPublishedEntry({ kind: "event", slug: top.slug });
  return lookup.status === "published" ? lookup : null;
}
