import "server-only";
import type { EntryKindName } from "../entries/common-schema";
import { readerDb } from "../db";
import { deriveReferences, referencedEntries } from "./derive-references";
import { resolveReferences } from "./resolve-references";
import type { ContentByKind } from "../entries/content-schema";

export type LinkTarget = { kind: EntryKindName; slug: string; title: string };

/**
 * Titles and current slugs of the published entries a page references. A reference to a withdrawn
 * or unpublished entry is absent from the map, and the page renders it as plain text.
 */
export async function getPublicLinkTargets<K extends EntryKindName>(kind: K, content: ContentByKind[K]): Promise<Map<string, LinkTarget>> {
  const resolved = await resolveReferences(readerDb(), referencedEntries(deriveReferences(kind, content)));
  const targets = new Map<string, LinkTarget>();
  for (const [key, entry] of resolved) {
    if (entry.isPublished && entry.publishedTitle) targets.set(key, { kind: entry.kind, slug: entry.slug, title: entry.publishedTitle });
  }
  return targets;
}
