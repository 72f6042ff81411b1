import "server-only";
import { readPublicGeneration } from "../cache/public-generation";
import { countTakenDown, listReleases, type Release } from "./read-release";
import { claimsCsvChunks } from "./stream-claims-csv";
import { digestOfChunks } from "./stream-of-chunks";
import { recordJsonChunks } from "./stream-record-json";

export type ReleaseFile = { name: "claims.csv" | "record.json"; path: string; mediatype: string; sha256: string; bytes: number };
export type ReleaseListing = Release & { path: string; files: ReleaseFile[]; isAmended: boolean };

export function releasePath(number: number): string {
  return `/data/releases/${number}`;
}

async function describeRelease(release: Release): Promise<ReleaseListing> {
  const path = releasePath(release.number);
  const [csv, json, takenDown] = await Promise.all([
    digestOfChunks(claimsCsvChunks(release)),
    digestOfChunks(recordJsonChunks(release)),
    countTakenDown(release.releasedAt),
  ]);
  return {
    ...release,
    path,
    files: [
      { name: "claims.csv", path: `${path}/claims.csv`, mediatype: "text/csv", ...csv },
      { name: "record.json", path: `${path}/record.json`, mediatype: "application/json", ...json },
    ],
    isAmended: takenDown > 0,
  };
}

// A release's files change only when the public generation does (a publication, a hiding, a withdrawal),
// so their digests are kept per generation: the list is hashed once per publication, not per request.
const memo: { generation: bigint | null; listings: Map<number, Promise<ReleaseListing>> } = { generation: null, listings: new Map() };

async function listingsAtCurrentGeneration(): Promise<Map<number, Promise<ReleaseListing>>> {
  const generation = await readPublicGeneration();
  if (memo.generation !== generation) {
    memo.generation = generation;
    memo.listings = new Map();
  }
  return memo.listings;
}

function listingOf(listings: Map<number, Promise<ReleaseListing>>, release: Release): Promise<ReleaseListing> {
  let listing = listings.get(release.number);
  if (!listing) {
    listing = describeRelease(release);
    listing.catch(() => listings.delete(release.number));
    listings.set(release.number, listing);
  }
  return listing;
}

/** Every release, newest first, with the SHA-256 and size of each of its files as they are served today. */
export async function listReleaseFiles(): Promise<ReleaseListing[]> {
  const [listings, releases] = await Promise.all([listingsAtCurrentGeneration(), listReleases()]);
  // A few at a time: one by one would be slow for many releases, all at once would take every reader connection.
  const results: ReleaseListing[] = [];
  for (let i = 0; i < releases.length; i += 4) results.push(...(await Promise.all(releases.slice(i, i + 4).map((r) => listingOf(listings, r)))));
  return results.reverse();
}

/** One release with its files' digests, or null when there is no such release. */
export async function findReleaseFiles(number: number): Promise<ReleaseListing | null> {
  const [listings, releases] = await Promise.all([listingsAtCurrentGeneration(), listReleases()]);
  const release = releases[number - 1];
  return release ? listingOf(listings, release) : null;
}

/** The newest release with its files' digests, or null before the first publication. */
export async function currentReleaseFiles(): Promise<ReleaseListing | null> {
  const [listings, releases] = await Promise.all([listingsAtCurrentGeneration(), listReleases()]);
  const latest = releases.at(-1);
  return latest ? listingOf(listings, latest) : null;
}
