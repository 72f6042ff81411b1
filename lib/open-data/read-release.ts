import "server-only";
import { parseContent } from "../entries/content-schema";
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

type SnapshotRow = {
  entryId: string;
  kind: DbEntryKind;
  number: number;
  title: string;
  slug: string;
  content: unknown;
  publishedAt: Date;
  hiddenAt: Date | null;
  withdrawnAt: Date | null;
  firstPublishedAt: Date | null;
  withdrawnBefore: Date | null;
};

const BATCH = 200;

/**
 * Each entry's revision that was published at `releasedAt` (its newest published revision by then),
 * in entry id order, read in batches. The last withdrawal before `releasedAt` comes from the audit
 * log, so an entry withdrawn then and published again later is out of the releases in between.
 */
async function snapshotBatch(releasedAt: Date, afterId: string | null): Promise<SnapshotRow[]> {
  return readerDb().$queryRaw<SnapshotRow[]>`
    SELECT DISTINCT ON (r."entryId")
      r."entryId", e."kind"::text AS "kind", r."number", r."title", r."slug", r."content", r."publishedAt", r."hiddenAt",
      e."withdrawnAt", e."firstPublishedAt",
      (SELECT max(a."at") FROM "AuditEvent" a WHERE a."entryId" = r."entryId" AND a."action" = 'entry.withdraw' AND a."at" <= ${releasedAt}) AS "withdrawnBefore"
    FROM "Revision" r JOIN "Entry" e ON e."id" = r."entryId"
    WHERE r."state" = 'PUBLISHED' AND r."publishedAt" IS NOT NULL AND r."publishedAt" <= ${releasedAt}
      AND (${afterId}::uuid IS NULL OR r."entryId" > ${afterId}::uuid)
    ORDER BY r."entryId", r."publishedAt" DESC, r."number" DESC
    LIMIT ${BATCH}`;
}

export type ReleaseSnapshot = {
  /** Entries as they stood at the release, as readers may see them today. */
  entries: () => AsyncGenerator<PublishedRecordEntry>;
  /** Titles of those entries by "kind:slug" (singular kind), to name who asserts and what is cited. */
  titles: () => Promise<Map<string, string>>;
};

/**
 * Why an entry's state at a release is left out: its revision then was hidden since (hidden revisions
 * never come back), the entry is withdrawn today (a withdrawal takes its old revisions down with it),
 * or it was withdrawn at that moment.
 */
function isLeftOut(row: SnapshotRow): boolean {
  if (row.hiddenAt || row.withdrawnAt) return true;
  return row.withdrawnBefore !== null && row.withdrawnBefore > row.publishedAt;
}

async function* snapshotRows(releasedAt: Date): AsyncGenerator<SnapshotRow> {
  let after: string | null = null;
  for (;;) {
    const rows = await snapshotBatch(releasedAt, after);
    for (const row of rows) if (!isLeftOut(row)) yield row;
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]!.entryId;
  }
}

/** The record as it stood at `releasedAt`, as readers may see it today. */
export function releaseSnapshot(releasedAt: Date): ReleaseSnapshot {
  return {
    async *entries() {
      for await (const row of snapshotRows(releasedAt)) {
        const kind = DB_TO_KIND[row.kind];
        const parsed = parseContent(kind, row.content);
        if (!parsed.success) continue;
        const content = { ...parsed.data } as Record<string, unknown>;
        delete content.archive; // editors only, never public
        delete content.captures; // names private captures too; public ones are at /api/v1/captures/{sha256}
        yield {
          id: row.entryId,
          kind,
          slug: row.slug,
          title: row.title,
          url: entryPath(kind, row.slug),
          revision: row.number,
          publishedAt: row.publishedAt,
          firstPublishedAt: row.firstPublishedAt && row.firstPublishedAt < row.publishedAt ? row.firstPublishedAt : row.publishedAt,
          content,
        } as PublishedRecordEntry;
      }
    },
    async titles() {
      const titles = new Map<string, string>();
      for await (const row of snapshotRows(releasedAt)) titles.set(`${DB_TO_KIND[row.kind]}:${row.slug}`, row.title);
      return titles;
    },
  };
}

/**
 * How many entries that stood in the release are left out of it today because their revision then was
 * hidden or the entry is withdrawn: the release list marks such a release as amended, without saying what.
 */
export async function countTakenDown(releasedAt: Date): Promise<number> {
  const rows = await readerDb().$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count" FROM (
      SELECT DISTINCT ON (r."entryId") r."hiddenAt", e."withdrawnAt"
      FROM "Revision" r JOIN "Entry" e ON e."id" = r."entryId"
      WHERE r."state" = 'PUBLISHED' AND r."publishedAt" IS NOT NULL AND r."publishedAt" <= ${releasedAt}
      ORDER BY r."entryId", r."publishedAt" DESC, r."number" DESC
    ) AS s
    WHERE s."hiddenAt" IS NOT NULL OR s."withdrawnAt" IS NOT NULL`;
  return rows[0]?.count ?? 0;
}
