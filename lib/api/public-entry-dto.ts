import "server-only";
import { summarizeClaims } from "../claims/summarize-claims";
import type { EntryKindName } from "../entries/common-schema";
import type { PublishedEntry } from "../entries/get-published-entry";
import { entryPath, KIND_PATHS } from "../entries/kinds";
import type { LinkTarget } from "../links/get-public-link-targets";
import { publicKindReference } from "./public-reference";

/**
 * What the public API returns for an entry (documented as `Entry` in lib/api/openapi/entries.ts): the
 * published content as readers may see it (getPublishedEntry reads it through public-projection.ts), plus what the claims add up to, and the entries it refers to that readers may
 * know of (`references`, keyed by the slug the content uses: a withdrawn one says `withdrawn: true`).
 */
export function publicEntryDto<K extends EntryKindName>(entry: PublishedEntry<K>, targets: Map<string, LinkTarget>) {
  // Already projected by getPublishedEntry (public-projection.ts): its type holds no editor-only field.
  const { content } = entry;
  return {
    kind: KIND_PATHS[entry.kind],
    slug: entry.slug,
    url: entryPath(entry.kind, entry.slug),
    revision: entry.revisionNumber,
    publishedAt: entry.publishedAt.toISOString(),
    firstPublishedAt: entry.firstPublishedAt.toISOString(),
    reviewedBy: entry.reviewedBy,
    content,
    figures: summarizeClaims(content.claims).map((s) => ({
      property: s.property,
      isDisputed: s.isDisputed,
      preferredClaimId: s.preferred?.id ?? null,
      claimIds: s.claims.map((c) => c.id),
      ...(s.numeric ? { low: s.numeric.low, high: s.numeric.high, conservative: s.numeric.conservative } : {}),
    })),
    references: [...targets].map(([key, target]) =>
      publicKindReference({
        kind: target.kind,
        slug: key.slice(key.indexOf("/") + 1),
        title: target.withdrawn ? null : target.title,
        withdrawn: target.withdrawn,
      }),
    ),
  };
}
