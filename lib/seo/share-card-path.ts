import type { EntryKindName } from "@/lib/entries/common-schema";
import { entryPath } from "@/lib/entries/kinds";

/** The one image each entry has (generateImageMetadata's id, the last segment of its URL). */
export const SHARE_CARD_ID = "card";

/**
 * The suffix Next gives each entry's `opengraph-image` route: a hash of the route's folder, fixed for as
 * long as the folder is (app/(public)/<kind>/[slug]), not a per-build value. share-card-path.test.ts
 * recomputes it the way Next does, so moving the route or a Next that hashes otherwise fails there.
 */
export const SHARE_CARD_ROUTE_SUFFIX: Record<EntryKindName, string> = { event: "1rk9k5", actor: "1uvo5c", source: "td6q2h" };

/** The path of an entry's share card, the og:image Next writes on its page (JSON-LD `image` and `thumbnailUrl`). */
export function shareCardPath(kind: EntryKindName, slug: string): string {
  return `${entryPath(kind, slug)}/opengraph-image-${SHARE_CARD_ROUTE_SUFFIX[kind]}/${SHARE_CARD_ID}`;
}
