// schema.org structured data for the reader pages. Everything here is built from published content and
// the public link targets: a reference to an unpublished or withdrawn entry is absent from the targets,
// so it never appears as a node, a name or a URL in the JSON-LD.
import type { Claim } from "@/lib/claims/claim-schema";
import { formatClaimValue } from "@/lib/claims/summarize-claims";
import type { EntryKindName } from "@/lib/entries/common-schema";
import { entryPath } from "@/lib/entries/kinds";
import type { LinkTarget } from "@/lib/links/get-public-link-targets";
import { propertyLabel } from "./claims-section";

export type JsonLdNode = Record<string, unknown>;

/** The @id of the thing a page is about (the event, actor or source), distinct from the page's URL. */
export function entityId(origin: string, kind: EntryKindName, slug: string): string {
  return `${origin}${entryPath(kind, slug)}#entity`;
}

/** A reference to another published entry's node, or null when it is not public. */
export function entityRef(origin: string, kind: EntryKindName, slug: string, targets: Map<string, LinkTarget>): JsonLdNode | null {
  const target = targets.get(`${kind}/${slug}`);
  if (!target) return null;
  return { "@id": entityId(origin, target.kind, target.slug), name: target.title, url: `${origin}${entryPath(target.kind, target.slug)}` };
}

/**
 * Claims as schema.org `Claim`s: who asserts it (`author`), where it appears (`appearance`: the cited
 * sources), what it is about. Deprecated claims are left out (schema.org has no way to say a claim was
 * set aside; the page shows them with the reason), and so is a claim whose value names an actor that is
 * not public.
 */
export function claimNodes({
  claims,
  targets,
  origin,
  about,
  pageUrl,
}: {
  claims: readonly Claim[];
  targets: Map<string, LinkTarget>;
  origin: string;
  about: string;
  pageUrl: string;
}): JsonLdNode[] {
  return claims
    .filter((claim) => claim.rank !== "deprecated")
    .filter((claim) => claim.value.type !== "actor" || targets.has(`actor/${claim.value.actor}`))
    .map((claim) => {
      const value = formatClaimValue(claim.value, (slug) => targets.get(`actor/${slug}`)?.title ?? slug);
      const category = claim.qualifiers?.category ? ` (${claim.qualifiers.category})` : "";
      const author = claim.assertedBy ? entityRef(origin, "actor", claim.assertedBy, targets) : null;
      const appearance = claim.citations
        .map((citation) => entityRef(origin, "source", citation.source, targets))
        .filter((ref): ref is JsonLdNode => ref !== null);
      return {
        "@type": "Claim",
        "@id": `${pageUrl}#claim-${claim.id}`,
        name: `${propertyLabel(claim.property)}: ${value}${category}`,
        about: { "@id": about },
        ...(author ? { author } : {}),
        ...(appearance.length > 0 ? { appearance } : {}),
        ...(claim.note ? { description: claim.note } : {}),
      };
    });
}

/** One JSON-LD document: the page's main entity and its claims, linked by @id. */
export function graph(nodes: JsonLdNode[]): JsonLdNode {
  return { "@context": "https://schema.org", "@graph": nodes };
}
