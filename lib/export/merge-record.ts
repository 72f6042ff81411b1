import "server-only";
import type pg from "pg";
import { PUBLIC_GENERATION_KEY } from "../cache/generation-query.mjs";
import { publicChangeOnConnection } from "../publication/public-change";
import { EXPORT_TABLES, NO_PASSWORD, type Manifest } from "./archive-format";
import { checkRowCount, ImportRefusedError, readBatches, unpackedPart, withVerifiedArchive, type ImportOptions } from "./read-archive";

/** Per table: rows of the archive written, and rows left out because the database already had them. */
export type MergeCounts = Record<string, { added: number; skipped: number }>;

// Audit details that name a user by id (user.create, user.role, review.assign): rewritten like actorId.
const AUDIT_DETAIL_USER_KEYS = ["userId", "reviewerId", "previousReviewerId"];
const KIND_NAMES: Record<string, string> = { EVENT: "event", ACTOR: "actor", SOURCE: "source" };

const staged = (table: string) => `"merge_${table}"`;

/**
 * Adds an export to a database that already holds a record (docs/decisions/010-import-merge.md): what
 * the database has is kept as it is; new entries come with their whole history, new users and captures
 * are added, and users are matched by e-mail. The archive is verified as for a restore, and the merge
 * is one transaction: a refusal (an address clash, ids that collide) writes nothing.
 */
export async function mergeRecord(options: ImportOptions) {
  return withVerifiedArchive(options, async ({ client, workDir, manifest, manifestSha256, origin }) => {
    const rowsIn = await stage(client, workDir, manifest);
    await findNewEntries(client);
    await refuseAddressClashes(client);
    await refuseIdCollisions(client);
    const added: Record<string, number> = {};
    added.User = await addUsers(client);
    const newCaptures = await addCaptures(client);
    added.Capture = newCaptures.size;
    added.CaptureChunk = 0;
    rowsIn.CaptureChunk = 0;
    const chunkBatch = EXPORT_TABLES.find((t) => t.table === "CaptureChunk")?.batchRows;
    for await (const rows of readBatches(unpackedPart(workDir, "CaptureChunk"), chunkBatch)) {
      rowsIn.CaptureChunk += rows.length;
      const wanted = rows.filter((row) => newCaptures.has(String(row.captureId)));
      if (wanted.length > 0) added.CaptureChunk += await addChunks(client, wanted);
    }
    checkRowCount(manifest, "CaptureChunk", rowsIn.CaptureChunk);
    Object.assign(added, await addEntries(client));
    // Every setting the database lacks, but the public generation: that row is this database's own (public-change.ts).
    added.Setting = await insert(client, `INSERT INTO "Setting" SELECT * FROM "merge_Setting" WHERE "key" <> $1 ON CONFLICT ("key") DO NOTHING`, [
      PUBLIC_GENERATION_KEY,
    ]);
    added.AuditEvent = await addAuditLines(client);

    const counts: MergeCounts = {};
    for (const { table } of EXPORT_TABLES) counts[table] = { added: added[table] ?? 0, skipped: (rowsIn[table] ?? 0) - (added[table] ?? 0) };
    // A merge that adds nothing changes nothing, so it leaves no line either: merging twice is a no-op.
    if (Object.values(counts).some((c) => c.added > 0)) {
      // New published entries change lists and backlinks: every instance's page cache starts again.
      await publicChangeOnConnection(client, {
        action: "record.imported",
        detail: {
          manifestSha256,
          verification: origin,
          added: Object.fromEntries(Object.entries(counts).map(([table, c]) => [table, c.added])),
          skipped: Object.fromEntries(Object.entries(counts).map(([table, c]) => [table, c.skipped])),
        },
      });
    }
    return { manifest, manifestSha256, origin, counts };
  });
}

async function insert(client: pg.Client, sql: string, values?: unknown[]): Promise<number> {
  return (await client.query(sql, values)).rowCount ?? 0;
}

/** Loads every part but the capture bytes into temporary tables shaped like the real ones; dropped at commit or rollback. */
async function stage(client: pg.Client, workDir: string, manifest: Manifest): Promise<Record<string, number>> {
  const rowsIn: Record<string, number> = {};
  for (const { table } of EXPORT_TABLES) {
    if (table === "CaptureChunk") continue;
    await client.query(`CREATE TEMP TABLE ${staged(table)} (LIKE "${table}" INCLUDING DEFAULTS) ON COMMIT DROP`);
    rowsIn[table] = 0;
    for await (const rows of readBatches(unpackedPart(workDir, table))) {
      if (table === "User") for (const row of rows) if (row.passwordHash === null) row.passwordHash = NO_PASSWORD;
      await client.query(`INSERT INTO ${staged(table)} SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`, [JSON.stringify(rows)]);
      rowsIn[table] += rows.length;
    }
    checkRowCount(manifest, table, rowsIn[table]);
    // Temporary tables are never analysed by autovacuum; the joins below need row estimates.
    await client.query(`ANALYZE ${staged(table)}`);
  }
  return rowsIn;
}

/** Entries are matched by id: those the database lacks are added with everything that hangs from them. */
async function findNewEntries(client: pg.Client) {
  await client.query(
    `CREATE TEMP TABLE "merge_new_entry" ON COMMIT DROP AS
       SELECT a."id", a."latestRevisionId", a."publishedRevisionId" FROM "merge_Entry" a
       WHERE NOT EXISTS (SELECT 1 FROM "Entry" e WHERE e."id" = a."id")`,
  );
  await client.query(`ALTER TABLE "merge_new_entry" ADD PRIMARY KEY ("id")`);
  await client.query(`ANALYZE "merge_new_entry"`);
}

/** A new entry may not take an address (slug or redirecting old slug) that leads to an entry the database has. */
async function refuseAddressClashes(client: pg.Client) {
  const { rows } = await client.query<{ kind: string; slug: string }>(
    `WITH address AS (
       SELECT a."kind", a."slug" FROM "merge_Entry" a JOIN "merge_new_entry" n ON n."id" = a."id"
       UNION SELECT r."kind", r."oldSlug" FROM "merge_SlugRedirect" r JOIN "merge_new_entry" n ON n."id" = r."entryId")
     SELECT a."kind"::text AS "kind", a."slug" FROM address a
     WHERE EXISTS (SELECT 1 FROM "Entry" e WHERE e."kind" = a."kind" AND e."slug" = a."slug")
        OR EXISTS (SELECT 1 FROM "SlugRedirect" r WHERE r."kind" = a."kind" AND r."oldSlug" = a."slug")
     ORDER BY 1, 2 LIMIT 5`,
  );
  if (rows.length === 0) return;
  const names = rows.map((r) => `${KIND_NAMES[r.kind] ?? r.kind} "${r.slug}"`).join(", ");
  throw new ImportRefusedError(
    `The archive has a new entry whose address another entry of this database already uses: ${names}. Rename one of them (here, or in the database the archive came from and export again), then merge again`,
  );
}

/** Rows of a new entry whose ids the database already holds: the two records do not share a history. */
async function refuseIdCollisions(client: pg.Client) {
  const { rows } = await client.query<{ what: string; id: string }>(
    `SELECT 'revision' AS "what", r."id" FROM "merge_Revision" r JOIN "merge_new_entry" n ON n."id" = r."entryId" JOIN "Revision" x ON x."id" = r."id"
     UNION ALL
     SELECT 'review', v."id" FROM "merge_Review" v JOIN "merge_new_entry" n ON n."id" = v."entryId" JOIN "Review" x ON x."id" = v."id"
     UNION ALL
     SELECT 'review comment', c."id" FROM "merge_ReviewComment" c JOIN "merge_Review" v ON v."id" = c."reviewId"
       JOIN "merge_new_entry" n ON n."id" = v."entryId" JOIN "ReviewComment" x ON x."id" = c."id"
     LIMIT 1`,
  );
  if (rows.length === 0) return;
  throw new ImportRefusedError(
    `The archive's ${rows[0]!.what} ${rows[0]!.id} belongs to an entry this database does not have, but this database already holds a ${rows[0]!.what} with that id: the two records are not copies of one record`,
  );
}

/**
 * Users are matched by e-mail, ignoring case: a match keeps the existing user (password, role) and the
 * archive's rows point at it; other users are added, under a new id if theirs is another user's.
 */
async function addUsers(client: pg.Client): Promise<number> {
  await client.query(`CREATE TEMP TABLE "merge_user_map" ("archiveId" uuid PRIMARY KEY, "id" uuid NOT NULL, "isNew" boolean NOT NULL) ON COMMIT DROP`);
  // Two existing e-mails that differ only in case: the exact one wins, else the oldest account.
  await client.query(
    `INSERT INTO "merge_user_map"
     SELECT DISTINCT ON (a."id") a."id",
            COALESCE(u."id", CASE WHEN EXISTS (SELECT 1 FROM "User" x WHERE x."id" = a."id") THEN gen_random_uuid() ELSE a."id" END),
            u."id" IS NULL
     FROM "merge_User" a LEFT JOIN "User" u ON lower(u."email") = lower(a."email")
     ORDER BY a."id", u."email" = a."email" DESC NULLS LAST, u."createdAt", u."id"`,
  );
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "merge_user_map" WHERE "id" <> "archiveId"`);
  if (Number(rows[0]!.n) > 0) {
    for (const { table, userColumns = [] } of EXPORT_TABLES) {
      for (const column of userColumns) {
        await client.query(
          `UPDATE ${staged(table)} t SET "${column}" = m."id" FROM "merge_user_map" m WHERE t."${column}" = m."archiveId" AND m."id" <> m."archiveId"`,
        );
      }
    }
    for (const key of AUDIT_DETAIL_USER_KEYS) {
      await client.query(
        `UPDATE "merge_AuditEvent" t SET "detail" = jsonb_set(t."detail", ARRAY[$1::text], to_jsonb(m."id"::text))
         FROM "merge_user_map" m WHERE t."detail"->>($1::text) = m."archiveId"::text AND m."id" <> m."archiveId"`,
        [key],
      );
    }
    await client.query(`UPDATE "merge_User" a SET "id" = m."id" FROM "merge_user_map" m WHERE m."archiveId" = a."id" AND m."id" <> a."id"`);
  }
  return insert(client, `INSERT INTO "User" SELECT a.* FROM "merge_User" a WHERE a."id" IN (SELECT "id" FROM "merge_user_map" WHERE "isNew")`);
}

/**
 * Captures are matched by SHA-256 (their bytes): an existing one is kept, a new one is added, under a
 * new id if its id is taken. Returns the archive's ids of the captures added.
 */
async function addCaptures(client: pg.Client): Promise<Set<string>> {
  await client.query(`CREATE TEMP TABLE "merge_capture_map" ("archiveId" uuid PRIMARY KEY, "id" uuid NOT NULL, "isNew" boolean NOT NULL) ON COMMIT DROP`);
  await client.query(
    `INSERT INTO "merge_capture_map"
     SELECT a."id", COALESCE(c."id", CASE WHEN EXISTS (SELECT 1 FROM "Capture" x WHERE x."id" = a."id") THEN gen_random_uuid() ELSE a."id" END), c."id" IS NULL
     FROM "merge_Capture" a LEFT JOIN "Capture" c ON c."sha256" = a."sha256"`,
  );
  await client.query(`UPDATE "merge_Capture" a SET "id" = m."id" FROM "merge_capture_map" m WHERE m."archiveId" = a."id" AND m."id" <> a."id"`);
  await client.query(`INSERT INTO "Capture" SELECT a.* FROM "merge_Capture" a WHERE a."id" IN (SELECT "id" FROM "merge_capture_map" WHERE "isNew")`);
  const { rows } = await client.query<{ archiveId: string }>(`SELECT "archiveId" FROM "merge_capture_map" WHERE "isNew"`);
  return new Set(rows.map((r) => r.archiveId));
}

/** Capture bytes go straight into place (no staging: they are most of the archive), only for the captures just added. */
async function addChunks(client: pg.Client, rows: Record<string, unknown>[]): Promise<number> {
  return insert(
    client,
    `INSERT INTO "CaptureChunk" ("captureId", "index", "data")
     SELECT m."id", x."index", x."data" FROM json_populate_recordset(NULL::"CaptureChunk", $1::json) x
     JOIN "merge_capture_map" m ON m."archiveId" = x."captureId" WHERE m."isNew"`,
    [JSON.stringify(rows)],
  );
}

/** New entries with their revisions, reviews and comments, redirects, links from them and search documents. */
async function addEntries(client: pg.Client): Promise<Record<string, number>> {
  const ofNewEntries = (table: string, column: string, orderBy = "") =>
    insert(client, `INSERT INTO "${table}" SELECT t.* FROM ${staged(table)} t JOIN "merge_new_entry" n ON n."id" = t."${column}"${orderBy}`);
  // An entry points at its latest and published revisions, which exist only once its revisions are in.
  await client.query(`UPDATE "merge_Entry" SET "latestRevisionId" = NULL, "publishedRevisionId" = NULL`);
  const added: Record<string, number> = {};
  added.Entry = await ofNewEntries("Entry", "id");
  added.Revision = await ofNewEntries("Revision", "entryId", ` ORDER BY t."entryId", t."number"`);
  await client.query(
    `UPDATE "Entry" e SET "latestRevisionId" = n."latestRevisionId", "publishedRevisionId" = n."publishedRevisionId" FROM "merge_new_entry" n WHERE e."id" = n."id"`,
  );
  added.SlugRedirect = await ofNewEntries("SlugRedirect", "entryId");
  added.Review = await ofNewEntries("Review", "entryId");
  added.ReviewComment = await insert(
    client,
    `INSERT INTO "ReviewComment" SELECT c.* FROM "merge_ReviewComment" c
     WHERE c."reviewId" IN (SELECT v."id" FROM "merge_Review" v JOIN "merge_new_entry" n ON n."id" = v."entryId")`,
  );
  // Every link's target is in the archive, so it is either added here or already in the database.
  added.Link = await ofNewEntries("Link", "fromEntryId");
  added.SearchDocument = await ofNewEntries("SearchDocument", "entryId");
  return added;
}

/**
 * The archive's audit lines about new entries are appended (new ids, in the archive's order, original
 * times); lines about no entry (sign-ins, accounts, captures) unless the database has the same line;
 * lines about entries the database kept are left out, since that history is the database's.
 */
async function addAuditLines(client: pg.Client): Promise<number> {
  return insert(
    client,
    `INSERT INTO "AuditEvent" ("at", "actorId", "action", "entryId", "revisionId", "detail")
     SELECT a."at", a."actorId", a."action", a."entryId", a."revisionId", a."detail" FROM "merge_AuditEvent" a
     WHERE CASE WHEN a."entryId" IS NOT NULL THEN EXISTS (SELECT 1 FROM "merge_new_entry" n WHERE n."id" = a."entryId")
                ELSE NOT EXISTS (SELECT 1 FROM "AuditEvent" x WHERE x."action" = a."action" AND x."at" = a."at" AND x."entryId" IS NULL
                                   AND x."actorId" IS NOT DISTINCT FROM a."actorId" AND x."revisionId" IS NOT DISTINCT FROM a."revisionId"
                                   AND x."detail" = a."detail") END
     ORDER BY a."id"`,
  );
}
