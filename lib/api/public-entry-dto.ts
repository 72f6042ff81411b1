import "server-only";
import { summarizeClaims } from "../claims/summarize-claims";
import type { EntryKindName } from "../entries/common-schema";
import type { PublishedEntry } from "../entries/get-published-entry";
import { entryPath } from "../entries/kinds";

/** What the public API returns for an entry: published content without archived source text, plus claim figures. */
export function publicEntryDto<K extends EntryKindName>(entry: PublishedEntry<K>) {
  const content = { ...(entry.content as Record<string, unknown>) };
  delete content.archive; // editors only, never public
  const claims = (entry.content as { claims: Parameters<typeof summarizeClaims>[0] }).claims;
  return {
    kind: entry.kind,
    slug: entry.slug,
    url: entryPath(entry.kind, entry.slug),
    revision: entry.revisionNumber,
    publishedAt: entry.publishedAt.toISOString(),
    reviewedBy: entry.reviewedBy,
    content,
    figures: summarizeClaims(claims).map((s) => ({
      property: s.property,
      isDisputed: s.isDisputed,
      preferredClaimId: s.preferred?.id ?? null,
      claimIds: s.claims.map((c) => c.id),
      ...(s.numeric ? { low: s.numeric.low, high: s.numeric.high, conservative: s.numeric.conservative } : {}),
    })),
  };
}
