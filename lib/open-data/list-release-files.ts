import "server-only";
import { createHash } from "node:crypto";
import { readPublicGeneration } from "../cache/public-generation";
import { listWithdrawnReferences } from "../links/list-withdrawn-references";
import type { WithdrawnReference } from "../links/withdrawn-reference";
import { readPublishedHistory, releasesOf, releaseSnapshot, type PublishedHistory, type Release } from "./read-release";
import { claimsCsvChunks } from "./stream-claims-csv";
import { digestOfChunks } from "./stream-of-chunks";
import { recordJsonChunks } from "./stream-record-json";

export type ReleaseFile = { name: "claims.csv" | "record.json"; path: string; mediatype: string; sha256: string; bytes: number };
export type ReleaseListing = Release & { path: string; files: ReleaseFile[]; isAmended: boolean };

export function releasePath(number: number): string {
  return `/data/releases/${number}`;
}

async function describeRelease(release: Release, withdrawn: Map<string, WithdrawnReference>, history: PublishedHistory): Promise<ReleaseListing> {
  const path = releasePath(release.number);
  const snapshot = await releaseSnapshot(release.releasedAt, history);
  // Everything the files are made of: the release, the revisions in it, and the withdrawn entries they may
  // name. Unchanged, the files are unchanged, so a later publication does not hash earlier releases again.
  const key = createHash("sha256")
    .update(
      JSON.stringify([
        release.number,
        release.releasedAt.toISOString(),
        snapshot.rows.map((r) => [r.revisionId, r.firstPublishedAt?.toISOString()]),
        [...withdrawn.entries()],
      ]),
    )
    .digest("hex");
  let digests = digestsByContent.get(key);
  if (!digests) {
    const [csv, json] = await Promise.all([
      digestOfChunks(claimsCsvChunks(release, { snapshot, withdrawn })),
      digestOfChunks(recordJsonChunks(release, { snapshot, withdrawn })),
    ]);
    digests = { csv, json };
    if (digestsByContent.size >= DIGEST_CACHE_LIMIT) digestsByContent.delete(digestsByContent.keys().next().value!);
    digestsByContent.set(key, digests);
  }
  return {
    ...release,
    path,
    files: [
      { name: "claims.csv", path: `${path}/claims.csv`, mediatype: "text/csv", ...digests.csv },
      { name: "record.json", path: `${path}/record.json`, mediatype: "application/json", ...digests.json },
    ],
    isAmended: snapshot.takenDown > 0,
  };
}

type Digest = { sha256: string; bytes: number };
const DIGEST_CACHE_LIMIT = 10_000;
const digestsByContent = new Map<string, { csv: Digest; json: Digest }>();

// The listing of each release is kept per public generation (a publication, a hiding or a withdrawal
// makes a new one); within a generation the list is read once, not once per request.
type Memo = { listings: Map<number, Promise<ReleaseListing>>; withdrawn: Map<string, WithdrawnReference>; history: PublishedHistory };
const memo: { generation: bigint | null; read: Promise<Memo> | null } = { generation: null, read: null };

async function listingsAtCurrentGeneration(): Promise<Memo> {
  const generation = await readPublicGeneration();
  if (memo.generation !== generation || !memo.read) {
    memo.generation = generation;
    const read = Promise.all([listWithdrawnReferences(), readPublishedHistory()]).then(([withdrawn, history]) => ({ listings: new Map(), withdrawn, history }));
    read.catch(() => {
      if (memo.read === read) memo.read = null;
    });
    memo.read = read;
  }
  return memo.read;
}

function listingOf({ listings, withdrawn, history }: Memo, release: Release): Promise<ReleaseListing> {
  let listing = listings.get(release.number);
  if (!listing) {
    listing = describeRelease(release, withdrawn, history);
    listing.catch(() => listings.delete(release.number));
    listings.set(release.number, listing);
  }
  return listing;
}

/** Every release, newest first, with the SHA-256 and size of each of its files as they are served today. */
export async function listReleaseFiles(): Promise<ReleaseListing[]> {
  const memoised = await listingsAtCurrentGeneration();
  // Numbered from the same read as the files, so a publication meanwhile cannot pair a number with other contents.
  const releases = releasesOf(memoised.history);
  // A few at a time: one by one would be slow for many releases, all at once would take every reader connection.
  const results: ReleaseListing[] = [];
  for (let i = 0; i < releases.length; i += 4) results.push(...(await Promise.all(releases.slice(i, i + 4).map((r) => listingOf(memoised, r)))));
  return results.reverse();
}

/** One release with its files' digests, or null when there is no such release. */
export async function findReleaseFiles(number: number): Promise<ReleaseListing | null> {
  const memoised = await listingsAtCurrentGeneration();
  // Numbered from the same read as the files, so a publication meanwhile cannot pair a number with other contents.
  const releases = releasesOf(memoised.history);
  const release = releases[number - 1];
  return release ? listingOf(memoised, release) : null;
}

/** The newest release with its files' digests, or null before the first publication. */
export async function currentReleaseFiles(): Promise<ReleaseListing | null> {
  const memoised = await listingsAtCurrentGeneration();
  // Numbered from the same read as the files, so a publication meanwhile cannot pair a number with other contents.
  const releases = releasesOf(memoised.history);
  const latest = releases.at(-1);
  return latest ? listingOf(memoised, latest) : null;
}
