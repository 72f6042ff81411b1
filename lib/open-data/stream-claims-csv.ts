import "server-only";
import { CSV_HEADER, claimRowToCsv, claimRows } from "./claim-rows";
import { listWithdrawnReferences } from "../links/list-withdrawn-references";
import { withdrawnLabel, type WithdrawnReference } from "../links/withdrawn-reference";
import { releaseSnapshot, type Release, type ReleaseSnapshot } from "./read-release";
import { streamOfChunks } from "./stream-of-chunks";

/**
 * claims.csv as it stood at `release` (UTF-8, header row), entry by entry; a header alone before the
 * first publication. The same text every time for the same release, as long as nothing in it is hidden
 * or withdrawn since (docs/decisions/014-dataset-releases.md).
 */
export async function* claimsCsvChunks(
  release: Release | null,
  read: { snapshot?: ReleaseSnapshot; withdrawn?: Map<string, WithdrawnReference> } = {},
): AsyncGenerator<string> {
  yield CSV_HEADER;
  if (!release) return;
  const [snapshot, withdrawn] = await Promise.all([read.snapshot ?? releaseSnapshot(release.releasedAt), read.withdrawn ?? listWithdrawnReferences()]);
  const titles = snapshot.titles;
  for await (const entry of snapshot.entries()) {
    // A cited source that was withdrawn keeps its last published name, marked withdrawn, never its bare slug.
    const titleOf = (kind: typeof entry.kind, slug: string) => {
      const gone = kind === "source" ? withdrawn.get(`source/${slug}`) : undefined;
      return gone ? withdrawnLabel(gone) : titles.get(`${kind}:${slug}`);
    };
    yield claimRows(entry, entry.content.claims, titleOf).map(claimRowToCsv).join("");
  }
}

/** The published claims dataset as CSV: the current release's. */
export function streamClaimsCsv(release: Release | null): ReadableStream<Uint8Array> {
  return streamOfChunks(claimsCsvChunks(release));
}
