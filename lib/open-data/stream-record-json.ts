import "server-only";
import { publicKindReference } from "../api/public-reference";
import { KIND_PATHS } from "../entries/kinds";
import { deriveReferences, referencedEntries } from "../links/derive-references";
import { listWithdrawnReferences } from "../links/list-withdrawn-references";
import type { WithdrawnReference } from "../links/withdrawn-reference";
import type { PublishedRecordEntry } from "./read-published-record";
import { releaseSnapshot, type Release, type ReleaseSnapshot } from "./read-release";
import { streamOfChunks } from "./stream-of-chunks";

/** Version 2: kinds are the API's path words (events, actors, sources); the release replaces generatedAt. */
export const RECORD_FORMAT_VERSION = 2;

/**
 * The record as it stood at `release` as one JSON document: { format, version, release, releasedAt,
 * entries: [...] }, each entry with its revision's content then. Written entry by entry so the document
 * is never built in memory, and dated by the release, not the request, so it is the same every time.
 */
export async function* recordJsonChunks(
  release: Release | null,
  read: { snapshot?: ReleaseSnapshot; withdrawn?: Map<string, WithdrawnReference> } = {},
): AsyncGenerator<string> {
  const head = {
    format: "expediente-record",
    version: RECORD_FORMAT_VERSION,
    release: release?.number ?? null,
    releasedAt: release?.releasedAt.toISOString() ?? null,
  };
  yield `${JSON.stringify(head).slice(0, -1)},"entries":[`;
  if (release) {
    const [snapshot, withdrawn] = await Promise.all([read.snapshot ?? releaseSnapshot(release.releasedAt), read.withdrawn ?? listWithdrawnReferences()]);
    const titles = snapshot.titles;
    // The entries each one refers to that readers may know of: published ones, and withdrawn ones by their
    // last published name with `withdrawn: true` (the same shape as the API's references).
    const referencesOf = (e: PublishedRecordEntry) =>
      referencedEntries(deriveReferences(e.kind, e.content)).flatMap(({ kind, slug }) => {
        const gone = withdrawn.get(`${kind}/${slug}`);
        const title = titles.get(`${kind}:${slug}`) ?? null;
        return gone || title ? [publicKindReference({ kind, slug, title, withdrawn: gone })] : [];
      });
    let count = 0;
    for await (const e of snapshot.entries()) {
      const item = {
        kind: KIND_PATHS[e.kind],
        slug: e.slug,
        title: e.title,
        url: e.url,
        revision: e.revision,
        publishedAt: e.publishedAt.toISOString(),
        firstPublishedAt: e.firstPublishedAt.toISOString(),
        content: e.content,
        references: referencesOf(e),
      };
      yield `${count++ === 0 ? "" : ","}\n${JSON.stringify(item)}`;
    }
  }
  yield "]}\n";
}

/** The whole published record as JSON: the current release's. */
export function streamRecordJson(release: Release | null): ReadableStream<Uint8Array> {
  return streamOfChunks(recordJsonChunks(release));
}
