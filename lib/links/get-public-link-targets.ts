import "server-only";
import type { EntryKindName } from "../entries/common-schema";
import { readerDb } from "../db";
import { deriveReferences, referencedEntries } from "./derive-references";
import { resolveReferences } from "./resolve-references";
import type { ContentByKind } from "../entries/content-schema";
import type { WithdrawnReference } from "./withdrawn-reference";

/**
 * A referenced entry readers may know of: a published one (linked by its title), or a withdrawn one
 * (`withdrawn` set: its last published name as plain text, marked withdrawn, never a link or a URL).
 */
export type LinkTarget = { kind: EntryKindName; slug: string; title: string; withdrawn?: WithdrawnReference };

/** The target when readers can follow it: published and not withdrawn. */
export function linkableTarget(targets: Map<string, LinkTarget>, kind: EntryKindName, slug: string): LinkTarget | null {
  const target = targets.get(`${kind}/${slug}`);
  return target && !target.withdrawn ? target : null;
}

/**
 * Titles and current slugs of the published entries a page references, and what readers may see of the
 * withdrawn ones. A reference to an unpublished entry is absent from the map, and the page renders it as
 * plain text.
 */
export async function getPublicLinkTargets<K extends EntryKindName>(kind: K, content: ContentByKind[K]): Promise<Map<string, LinkTarget>> {
  const resolved = await resolveReferences(readerDb(), referencedEntries(deriveReferences(kind, content)));
  const targets = new Map<string, LinkTarget>();
  for (const [key, entry] of resolved) {
    if (entry.isPublished && entry.publishedTitle) targets.set(key, { kind: entry.kind, slug: entry.slug, title: entry.publishedTitle });
    else if (entry.withdrawn) targets.set(key, { kind: entry.kind, slug: entry.slug, title: entry.withdrawn.name ?? "", withdrawn: entry.withdrawn });
  }
  return targets;
}
