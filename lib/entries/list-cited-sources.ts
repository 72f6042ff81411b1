import "server-only";
import { readerDb } from "../db";
import { toPublicContent } from "./public-projection";
import type { LinkTarget } from "../links/get-public-link-targets";
import { withdrawnName, type WithdrawnReference } from "../links/withdrawn-reference";

/**
 * What a reader (and a printed page) may know about a cited source's whereabouts: all public fields. A
 * withdrawn source keeps only its last published name and the withdrawal (`withdrawn`), no address.
 */
export type CitedSource = {
  slug: string;
  title: string;
  url: string | null;
  archiveUrl: string | null;
  accessed: string | null;
  withdrawn?: WithdrawnReference;
};

/**
 * The sources a page cites (the page's link targets of kind source), with their web
 * address, archived copy and access date from their published revision. Only public fields: the
 * archived full text and its SHA-256 are editors' material and never leave the studio. A withdrawn
 * source comes with its last published name only.
 */
export async function listCitedSources({ targets }: { targets: Map<string, LinkTarget> }): Promise<CitedSource[]> {
  const withdrawn = [...targets.values()].flatMap((t) => (t.kind === "source" && t.withdrawn ? [t.withdrawn] : []));
  const gone: CitedSource[] = withdrawn.map((w) => ({ slug: w.slug, title: withdrawnName(w), url: null, archiveUrl: null, accessed: null, withdrawn: w }));
  const slugs = [...targets.values()].filter((t) => t.kind === "source" && !t.withdrawn).map((t) => t.slug);
  if (slugs.length === 0) return gone;
  const rows = await readerDb().entry.findMany({
    where: { kind: "SOURCE", slug: { in: slugs }, withdrawnAt: null, publishedRevisionId: { not: null } },
    select: { slug: true, publishedRevision: { select: { title: true, content: true } } },
  });
  const published = rows.flatMap((r) => {
    if (!r.publishedRevision) return [];
    const content = toPublicContent("source", r.publishedRevision.content);
    return [
      {
        slug: r.slug,
        title: r.publishedRevision.title,
        url: content?.url ?? null,
        archiveUrl: content?.archiveUrl ?? null,
        accessed: content?.accessed ?? null,
      },
    ];
  });
  return [...published, ...gone].sort((a, b) => a.title.localeCompare(b.title, "en"));
}
