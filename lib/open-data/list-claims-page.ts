import "server-only";
import { z } from "zod";
import { formatClaimValue } from "../claims/summarize-claims";
import { entryPath, KIND_PATHS } from "../entries/kinds";
import { isUuid } from "../errors";
import { publicReference } from "../api/public-reference";
import { listWithdrawnReferences } from "../links/list-withdrawn-references";
import { publishedTitles, readPublishedRecord } from "./read-published-record";

export const listClaimsQuerySchema = z.object({
  cursor: z
    .string()
    .max(400)
    .regex(/^[A-Za-z0-9_-]+$/, "A cursor from a previous answer")
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

type Cursor = { e: string; c: string };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(raw: string): Cursor | null {
  try {
    const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Cursor;
    return isUuid(value.e) && typeof value.c === "string" && value.c.length <= 80 ? value : null;
  } catch {
    return null;
  }
}

/**
 * Published claims with their citations, in a stable order (entry, then the claim's place in it), paged
 * by a cursor naming the last claim given. A claim removed since keeps the page going from its entry's next one.
 */
export async function listClaimsPage(query: z.infer<typeof listClaimsQuerySchema>) {
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  if (query.cursor && !cursor) return { ok: false as const, message: "Unknown cursor" };
  const [titles, withdrawn] = await Promise.all([publishedTitles(), listWithdrawnReferences()]);
  const nameOf = (kind: string, slug: string) => titles.get(`${kind}:${slug}`) ?? null;
  const data = [];
  let next: Cursor | null = null;
  for await (const entry of readPublishedRecord({ fromId: cursor?.e })) {
    let claims = entry.content.claims;
    if (cursor && entry.id === cursor.e) {
      const at = claims.findIndex((c) => c.id === cursor.c);
      claims = at === -1 ? [] : claims.slice(at + 1);
    }
    for (const claim of claims) {
      if (data.length === query.limit) {
        next = { e: entry.id, c: data[data.length - 1]!.claimIdAfter };
        break;
      }
      data.push({
        claimIdAfter: claim.id,
        dto: {
          entry: {
            kind: KIND_PATHS[entry.kind],
            slug: entry.slug,
            title: entry.title,
            url: entryPath(entry.kind, entry.slug),
            revision: entry.revision,
            publishedAt: entry.publishedAt.toISOString(),
          },
          id: claim.id,
          property: claim.property,
          value: claim.value,
          valueText: formatClaimValue(claim.value, (slug) => nameOf("actor", slug) ?? slug),
          qualifiers: claim.qualifiers ?? null,
          assertedBy: claim.assertedBy ? { slug: claim.assertedBy, name: nameOf("actor", claim.assertedBy), url: entryPath("actor", claim.assertedBy) } : null,
          nature: claim.nature,
          rank: claim.rank,
          deprecationReason: claim.deprecationReason ?? null,
          note: claim.note ?? null,
          citations: claim.citations.map((c) => ({
            source: publicReference({ kind: "source", slug: c.source, title: nameOf("source", c.source), withdrawn: withdrawn.get(`source/${c.source}`) }),
            locator: c.locator ?? null,
            quote: c.quote ?? null,
          })),
        },
        entryId: entry.id,
      });
    }
    if (next) break;
  }
  if (next) {
    // The cursor names the entry of the last claim given, not the entry where the page filled up.
    const last = data[data.length - 1]!;
    next = { e: last.entryId, c: last.claimIdAfter };
  }
  return { ok: true as const, data: data.map((d) => d.dto), nextCursor: next ? encodeCursor(next) : null };
}
