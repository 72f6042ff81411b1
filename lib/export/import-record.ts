import "server-only";
import { EXPORT_TABLES, NO_PASSWORD } from "./archive-format";
import { checkRowCount, ImportRefusedError, readBatches, unpackedPart, withVerifiedArchive, type ImportOptions } from "./read-archive";

export { ImportRefusedError } from "./read-archive";

/**
 * Restores an export into an empty database in one transaction: an archive whose origin does not check
 * out (`verification`: signature or expected SHA-256), a tampered archive (its manifest hashes fail),
 * another schema, or a database that already holds a record is refused with nothing written. Adding an
 * archive to a database that holds a record is `mergeRecord` (merge-record.ts).
 */
export async function importRecord(options: ImportOptions) {
  return withVerifiedArchive(options, async ({ client, workDir, manifest, manifestSha256, origin }) => {
    const { rows: counts } = await client.query<{ n: string }>(
      `SELECT (SELECT count(*) FROM "User") + (SELECT count(*) FROM "Entry") + (SELECT count(*) FROM "AuditEvent") AS n`,
    );
    if (Number(counts[0]!.n) > 0) {
      throw new ImportRefusedError(
        "The database is not empty: an import without --merge restores a record into an empty database only. To add the archive's new entries, users and captures to this record and keep what it already has, run it again with --merge (docs/export-format.md)",
      );
    }
    const counted: Record<string, number> = {};
    for (const { table, deferredColumns = [], batchRows } of EXPORT_TABLES) {
      counted[table] = 0;
      for await (const rows of readBatches(unpackedPart(workDir, table), batchRows)) {
        for (const row of rows) {
          for (const column of deferredColumns) row[column] = null;
          if (table === "User" && row.passwordHash === null) row.passwordHash = NO_PASSWORD;
        }
        await client.query(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`, [JSON.stringify(rows)]);
        counted[table] += rows.length;
      }
    }
    // Entries point at their latest and published revisions, which exist only now.
    for await (const rows of readBatches(unpackedPart(workDir, "Entry"))) {
      await client.query(
        `UPDATE "Entry" e SET "latestRevisionId" = x."latestRevisionId", "publishedRevisionId" = x."publishedRevisionId"
           FROM json_populate_recordset(NULL::"Entry", $1::json) x WHERE e."id" = x."id"`,
        [JSON.stringify(rows)],
      );
    }
    // The audit log's ids were written as exported: its sequence continues after the last one.
    await client.query(
      `SELECT setval(pg_get_serial_sequence('"AuditEvent"', 'id'), COALESCE((SELECT max("id") FROM "AuditEvent"), 1), (SELECT count(*) > 0 FROM "AuditEvent"))`,
    );
    for (const { table } of EXPORT_TABLES) checkRowCount(manifest, table, counted[table]!);
    // A verified restore is the archive's record exactly, with no line of its own, so export → import →
    // export stays byte-identical. An unverified one is marked in the log it restored, and so in every
    // later export of this database.
    if (origin.method === "unverified") {
      await client.query(`INSERT INTO "AuditEvent" ("actorId", "action", "detail") VALUES (NULL, 'record.imported', $1::jsonb)`, [
        JSON.stringify({ manifestSha256, isRestore: true, verification: origin, added: counted }),
      ]);
    }
    return { manifest, manifestSha256, origin, counts: counted };
  });
}
