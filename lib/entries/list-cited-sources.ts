import "server-only";
import { readerDb } from "../db";
import type { LinkTarget } from "../links/get-public-link-targets";

/** What a reader (and a printed page) may know about a cited source's whereabouts: all public fields. */
export type CitedSource = { slug: string; title: string; url: string | null; archiveUrl: string | null; accessed: string | null };

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/**
 * The published sources a page cites (the page's link targets of kind source), with their web
 * address, archived copy and access date from their published revision. Only public fields: the
 * archived full text and its SHA-256 are editors' material and never leave the studio.
 */
export async function listCitedSources({ targets }: { targets: Map<string, LinkTarget> }): Promise<CitedSource[]> {
  const slugs = [...targets.values()].filter((t) => t.kind === "source").map((t) => t.slug);
  if (slugs.length === 0) return [];
  const rows = await readerDb().entry.findMany({
    where: { kind: "SOURCE", slug: { in: slugs }, withdrawnAt: null, publishedRevisionId: { not: null } },
    select: { slug: true, publishedRevision: { select: { title: true, content: true } } },
  });
  return rows
    .flatMap((r) => {
      if (!r.publishedRevision) return [];
      const content = (r.publishedRevision.content ?? {}) as Record<string, unknown>;
      return [
        { slug: r.slug, title: r.publishedRevision.title, url: text(content.url), archiveUrl: text(content.archiveUrl), accessed: text(content.accessed) },
      ];
    })
    .sort((a, b) => a.title.localeCompare(b.title, "en"));
}
