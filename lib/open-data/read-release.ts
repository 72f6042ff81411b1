import "server-only";
import { toPublicEntry, type PublicEntryContent } from "../entries/public-projection";
import { DB_TO_KIND, entryPath, type DbEntryKind } from "../entries/kinds";
import { readerDb } from "../db";
import type { PublishedRecordEntry } from "./read-published-record";

// Releases of the open data (docs/decisions/014-dataset-releases.md). A release is a moment at which a
// publication changed the record: its number is the rank of that moment among every publication ever
// made, and its files are rebuilt from the revisions the database keeps, never stored. What was hidden
// or withdrawn since is left out of every release, earlier ones included.

export type Release = { number: number; releasedAt: Date };

/** The publication times, oldest first: release n is the n-th. Published revisions only, never a future one. */
export async function listReleases(): Promise<Release[]> {
  const rows = await readerDb().$queryRaw<{ publishedAt: Date }[]>`
    SELECT DISTINCT "publishedAt" FROM "Revision"
    WHERE "state" = 'PUBLISHED' AND "publishedAt" IS NOT NULL AND "publishedAt" <= now()
    ORDER BY "publishedAt"`;
  return rows.map((row, index) => ({ number: index + 1, releasedAt: row.publishedAt }));
}

/** Release `number`, or null when there is none such (yet). */
export async function findRelease(number: number): Promise<Release | null> {
  const releases = await listReleases();
  return releases[number - 1] ?? null;
}

/** The newest release: what /data/claims.csv and /data/record.json are. Null before the first publication. */
export async function currentRelease(): Promise<Release | null> {
  const releases = await listReleases();
  return releases.at(-1) ?? null;
}

/** One published revision, without its content, with what its entry's standing today says of it. */
export type SnapshotRow = {
  entryId: string;
  revisionId: string;
  kind: DbEntryKind;
  number: number;
  title: string;
  slug: string;
  publishedAt: Date;
  hiddenAt: Date | null;
  withdrawnAt: Date | null;
  firstPublishedAt: Date | null;
  /** The entry's last withdrawal at or before the release (from the audit log), if any. */
  withdrawnBefore: Date | null;
};

export type PublishedHistory = { revisions: Omit<SnapshotRow, "withdrawnBefore">[]; withdrawals: { entryId: string; at: Date }[] };

/**
 * Every published revision without content, oldest publication first, and every withdrawal: one read
 * from which any release's entries are worked out in memory, the same way for one file and for the list.
 */
export async function readPublishedHistory(): Promise<PublishedHistory> {
  const [revisions, withdrawals] = await Promise.all([
    readerDb().$queryRaw<PublishedHistory["revisions"]>`
      SELECT r."entryId", r."id" AS "revisionId", e."kind"::text AS "kind", r."number", r."title", r."slug", r."publishedAt", r."hiddenAt",
        e."withdrawnAt", e."firstPublishedAt"
      FROM "Revision" r JOIN "Entry" e ON e."id" = r."entryId"
      WHERE r."state" = 'PUBLISHED' AND r."publishedAt" IS NOT NULL AND r."publishedAt" <= now()
      ORDER BY r."publishedAt", r."number"`,
    readerDb().auditEvent.findMany({
      where: { action: "entry.withdraw", entryId: { not: null } },
      select: { entryId: true, at: true },
      orderBy: { at: "asc" },
    }),
  ]);
  return { revisions, withdrawals: withdrawals.map((w) => ({ entryId: w.entryId!, at: w.at })) };
}

/** The releases `history` makes: its distinct publication times, oldest first (as listReleases reads them). */
export function releasesOf(history: PublishedHistory): Release[] {
  const releases: Release[] = [];
  for (const { publishedAt } of history.revisions) {
    if (releases.at(-1)?.releasedAt.getTime() !== publishedAt.getTime()) releases.push({ number: releases.length + 1, releasedAt: publishedAt });
  }
  return releases;
}

/**
 * Each entry's revision that was published at `releasedAt` (its newest published revision by then), in
 * entry id order. An entry withdrawn then and published again later is out of the releases in between.
 */
export function rowsAt(history: PublishedHistory, releasedAt: Date): SnapshotRow[] {
  const latest = new Map<string, PublishedHistory["revisions"][number]>();
  for (const revision of history.revisions) {
    if (revision.publishedAt > releasedAt) break;
    latest.set(revision.entryId, revision);
  }
  const lastWithdrawal = new Map<string, Date>();
  for (const withdrawal of history.withdrawals) {
    if (withdrawal.at > releasedAt) break;
    lastWithdrawal.set(withdrawal.entryId, withdrawal.at);
  }
  return [...latest.values()]
    .map((row) => ({ ...row, withdrawnBefore: lastWithdrawal.get(row.entryId) ?? null }))
    .sort((a, b) => (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0));
}

/** Taken down since: the revision then was hidden (hidden revisions never come back), or the entry is withdrawn today. */
function isTakenDown(row: SnapshotRow): boolean {
  return row.hiddenAt !== null || row.withdrawnAt !== null;
}

/** Withdrawn at that moment (and published again since): out of the release, as it was out of the record then. */
function wasWithdrawnThen(row: SnapshotRow): boolean {
  return row.withdrawnBefore !== null && row.withdrawnBefore > row.publishedAt;
}

// Revisions are never updated once written (schema.prisma), so a revision's public content, parsed, is
// kept by its id: rebuilding many releases parses each revision once, not once per release.
const CONTENT_CACHE_LIMIT = 5_000;
const publicContentCache = new Map<string, PublicEntryContent | null>();

async function publicContents(rows: SnapshotRow[]): Promise<Map<string, PublicEntryContent | null>> {
  const missing = rows.filter((row) => !publicContentCache.has(row.revisionId));
  if (missing.length > 0) {
    const kinds = new Map(missing.map((row) => [row.revisionId, DB_TO_KIND[row.kind]]));
    const found = await readerDb().revision.findMany({ where: { id: { in: [...kinds.keys()] } }, select: { id: true, content: true } });
    for (const { id, content } of found) {
      const publicContent = toPublicEntry(kinds.get(id)!, content);
      if (publicContentCache.size >= CONTENT_CACHE_LIMIT) publicContentCache.delete(publicContentCache.keys().next().value!);
      publicContentCache.set(id, publicContent);
    }
  }
  return new Map(rows.map((row) => [row.revisionId, publicContentCache.get(row.revisionId) ?? null]));
}

export type ReleaseSnapshot = {
  /** The entries in the release, in entry id order, without content. */
  rows: SnapshotRow[];
  /** How many entries that stood in the release were hidden or withdrawn since (the release is amended). */
  takenDown: number;
  /** Titles of those entries by "kind:slug" (singular kind), to name who asserts and what is cited. */
  titles: Map<string, string>;
  /** The entries with their content, read in batches. */
  entries: () => AsyncGenerator<PublishedRecordEntry>;
};

const BATCH = 200;

/** The record as it stood at `releasedAt`, as readers may see it today. */
export async function releaseSnapshot(releasedAt: Date, history?: PublishedHistory): Promise<ReleaseSnapshot> {
  const all = rowsAt(history ?? (await readPublishedHistory()), releasedAt);
  const rows = all.filter((row) => !isTakenDown(row) && !wasWithdrawnThen(row));
  const titles = new Map(rows.map((row) => [`${DB_TO_KIND[row.kind]}:${row.slug}`, row.title]));
  return {
    rows,
    takenDown: all.filter(isTakenDown).length,
    titles,
    async *entries() {
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH);
        const contents = await publicContents(batch);
        for (const row of batch) {
          const projected = contents.get(row.revisionId);
          if (!projected) continue;
          yield {
            ...projected,
            id: row.entryId,
            slug: row.slug,
            title: row.title,
            url: entryPath(projected.kind, row.slug),
            revision: row.number,
            publishedAt: row.publishedAt,
            firstPublishedAt: row.firstPublishedAt && row.firstPublishedAt < row.publishedAt ? row.firstPublishedAt : row.publishedAt,
          } satisfies PublishedRecordEntry;
        }
      }
    },
  };
}
