import "server-only";
import { z } from "zod";
import { readerDb } from "../db";
import { captureFacts, type PublicCapture } from "./capture-dto";

/**
 * The published, not withdrawn sources whose published (not hidden) revision lists the capture. The
 * scope of every reader's read of a capture: nothing else makes one visible.
 */
async function publishedSourcesCiting(sha256: string): Promise<{ slug: string; title: string }[]> {
  return readerDb().$queryRaw<{ slug: string; title: string }[]>`
    SELECT e."slug", r."title"
      FROM "Entry" e JOIN "Revision" r ON r."id" = e."publishedRevisionId"
     WHERE e."kind" = 'SOURCE' AND e."withdrawnAt" IS NULL AND r."hiddenAt" IS NULL
       AND r."content"->'captures' @> jsonb_build_array(jsonb_build_object('sha256', ${sha256}::text))
     ORDER BY r."title", e."slug"`;
}

const publicSelect = {
  id: true,
  sha256: true,
  mediaType: true,
  size: true,
  capturedAt: true,
  capturedUrl: true,
  tool: true,
  isGraphic: true,
  chunkCount: true,
  store: true,
} as const;

/** A stored capture as readers get it (without where it is cited). */
function toPublicCapture(row: Parameters<typeof captureFacts>[0]): Omit<PublicCapture, "citedIn"> {
  return { ...captureFacts(row), downloadPath: `/api/v1/captures/${row.sha256}/file` };
}

/** A capture a reader may see: public, not hidden by an admin, and cited by a published source; else null. */
export async function getPublicCapture({ sha256 }: { sha256: string }): Promise<(PublicCapture & { id: string; chunkCount: number; store: string }) | null> {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
  const row = await readerDb().capture.findFirst({ where: { sha256, isPublic: true, hiddenAt: null }, select: publicSelect });
  if (!row) return null;
  const citing = await publishedSourcesCiting(sha256);
  if (citing.length === 0) return null;
  return {
    id: row.id,
    chunkCount: row.chunkCount,
    store: row.store,
    ...toPublicCapture(row),
    citedIn: citing.map((s) => ({ kind: "source" as const, slug: s.slug, title: s.title, path: `/sources/${s.slug}` })),
  };
}

const listedCapturesSchema = z.object({ captures: z.array(z.object({ sha256: z.string() })).optional() });

/**
 * The public captures a published source lists in its published revision, in its order: what its page
 * shows. Private and hidden captures are left out in the query.
 */
export async function listPublicSourceCaptures({ entryId }: { entryId: string }): Promise<Omit<PublicCapture, "citedIn">[]> {
  const entry = await readerDb().entry.findFirst({
    where: { id: entryId, kind: "SOURCE", withdrawnAt: null, publishedRevision: { hiddenAt: null } },
    select: { publishedRevision: { select: { content: true } } },
  });
  // The list is editor-only content (public-projection.ts): read here only to pick which public captures to show.
  const listed = listedCapturesSchema.safeParse(entry?.publishedRevision?.content);
  const sha256s = listed.success ? (listed.data.captures ?? []).map((c) => c.sha256) : [];
  if (sha256s.length === 0) return [];
  const rows = await readerDb().capture.findMany({ where: { sha256: { in: sha256s }, isPublic: true, hiddenAt: null }, select: publicSelect });
  const bySha = new Map(rows.map((r) => [r.sha256, r]));
  return sha256s.flatMap((sha256) => {
    const row = bySha.get(sha256);
    return row ? [toPublicCapture(row)] : [];
  });
}

/** Every published source's public captures (slug → SHA-256s, in the source's order): the dossier's references. */
export async function listPublicCaptureHashesBySource(): Promise<Map<string, string[]>> {
  const rows = await readerDb().$queryRaw<{ slug: string; sha256: string }[]>`
    SELECT e."slug", c."sha256"
      FROM "Entry" e
      JOIN "Revision" r ON r."id" = e."publishedRevisionId"
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(r."content"->'captures') = 'array' THEN r."content"->'captures' ELSE '[]'::jsonb END)
           WITH ORDINALITY AS listed(item, position)
      JOIN "Capture" c ON c."sha256" = listed.item->>'sha256' AND c."isPublic" AND c."hiddenAt" IS NULL
     WHERE e."kind" = 'SOURCE' AND e."withdrawnAt" IS NULL AND r."hiddenAt" IS NULL
     ORDER BY e."slug", listed.position`;
  const bySlug = new Map<string, string[]>();
  for (const row of rows) bySlug.set(row.slug, [...(bySlug.get(row.slug) ?? []), row.sha256]);
  return bySlug;
}
