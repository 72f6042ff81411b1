import "server-only";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import tar from "tar-stream";
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, EXPORT_TABLES, MANIFEST_PATH, NO_PASSWORD, partPath, type Manifest } from "./archive-format";
import { appliedMigrations } from "./export-record";

/** An archive or a database the import refuses; nothing has been written when it is thrown. */
export class ImportRefusedError extends Error {}

const INSERT_ROWS = 500;

/** Unpacks into a folder, hashing every part on the way; a part the manifest does not list, or lists otherwise, refuses the archive. */
async function unpackAndVerify(input: string, workDir: string): Promise<Manifest> {
  const seen = new Map<string, { sha256: string; bytes: number }>();
  let manifestText: string | null = null;
  const extract = tar.extract();
  extract.on("entry", (header, stream, next) => {
    const name = header.name;
    if (header.type !== "file" || (name !== MANIFEST_PATH && !/^data\/[A-Za-z]+\.ndjson$/.test(name)) || seen.has(name)) {
      stream.resume();
      extract.destroy(new ImportRefusedError(`The archive holds an unexpected file: ${name}`));
      return;
    }
    const hash = createHash("sha256");
    let bytes = 0;
    const chunks: Buffer[] = [];
    const out = name === MANIFEST_PATH ? null : createWriteStream(path.join(workDir, path.basename(name)));
    stream.on("data", (data: unknown) => {
      const chunk = data as Buffer;
      hash.update(chunk);
      bytes += chunk.length;
      if (!out) chunks.push(chunk);
      else if (!out.write(chunk)) {
        stream.pause();
        out.once("drain", () => stream.resume());
      }
    });
    stream.on("end", () => {
      seen.set(name, { sha256: hash.digest("hex"), bytes });
      if (!out) {
        manifestText = Buffer.concat(chunks).toString("utf8");
        return next();
      }
      out.end(() => next());
    });
    stream.on("error", next);
  });
  try {
    await pipeline(createReadStream(input), extract);
  } catch (error) {
    if (error instanceof ImportRefusedError) throw error;
    throw new ImportRefusedError(`The archive cannot be read (${error instanceof Error ? error.message : String(error)}): is it a complete export?`);
  }
  if (manifestText === null) throw new ImportRefusedError("The archive has no manifest.json: it is not an Expediente export");
  let manifest: Manifest;
  try {
    manifest = JSON.parse(manifestText) as Manifest;
  } catch {
    throw new ImportRefusedError("The archive's manifest is not valid JSON");
  }
  if (manifest.format !== EXPORT_FORMAT) throw new ImportRefusedError("The archive is not an Expediente export");
  if (manifest.version !== EXPORT_FORMAT_VERSION)
    throw new ImportRefusedError(`The archive is format version ${manifest.version}; this version of Expediente reads version ${EXPORT_FORMAT_VERSION}`);
  const expected = EXPORT_TABLES.map((t) => partPath(t.table));
  const listed = manifest.parts?.map((p) => p.path) ?? [];
  if (listed.join() !== expected.join()) throw new ImportRefusedError("The archive's manifest does not list the parts this format has");
  for (const part of manifest.parts) {
    const found = seen.get(part.path);
    if (!found) throw new ImportRefusedError(`The archive is missing ${part.path}`);
    if (found.sha256 !== part.sha256 || found.bytes !== part.bytes) {
      throw new ImportRefusedError(`${part.path} does not match its SHA-256 in the manifest: the archive was changed or damaged`);
    }
  }
  if (seen.size !== manifest.parts.length + 1) throw new ImportRefusedError("The archive holds files its manifest does not list");
  return manifest;
}

async function* readBatches(file: string, batchRows = INSERT_ROWS): AsyncGenerator<Record<string, unknown>[]> {
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let batch: Record<string, unknown>[] = [];
  for await (const line of lines) {
    if (!line) continue;
    batch.push(JSON.parse(line) as Record<string, unknown>);
    if (batch.length === batchRows) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Restores an export into an empty database in one transaction: a tampered archive (its manifest
 * hashes fail), another schema, or a database that already holds a record is refused with nothing written.
 */
export async function importRecord({ connectionString, input }: { connectionString: string; input: string }) {
  const workDir = await mkdtemp(path.join(tmpdir(), "expediente-import-"));
  const client = new pg.Client({ connectionString });
  let isConnected = false;
  try {
    const manifest = await unpackAndVerify(input, workDir);
    await client.connect();
    isConnected = true;
    await client.query("BEGIN");
    await client.query("SET LOCAL TIME ZONE 'UTC'");
    const migrations = await appliedMigrations(client);
    if (migrations.join() !== manifest.migrations.join()) {
      throw new ImportRefusedError(
        `The archive was made with another database schema (${manifest.migrations.at(-1) ?? "none"}; this database: ${migrations.at(-1) ?? "none"}): import it with the same version of Expediente`,
      );
    }
    const { rows: counts } = await client.query<{ n: string }>(
      `SELECT (SELECT count(*) FROM "User") + (SELECT count(*) FROM "Entry") + (SELECT count(*) FROM "AuditEvent") AS n`,
    );
    if (Number(counts[0]!.n) > 0) {
      throw new ImportRefusedError(
        "The database is not empty: an import restores a record into an empty database only (merging into an existing record is not supported)",
      );
    }
    const counted: Record<string, number> = {};
    for (const { table, deferredColumns = [], batchRows } of EXPORT_TABLES) {
      const file = path.join(workDir, `${table}.ndjson`);
      counted[table] = 0;
      for await (const rows of readBatches(file, batchRows)) {
        for (const row of rows) {
          for (const column of deferredColumns) row[column] = null;
          if (table === "User" && row.passwordHash === null) row.passwordHash = NO_PASSWORD;
        }
        await client.query(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`, [JSON.stringify(rows)]);
        counted[table] += rows.length;
      }
    }
    // Entries point at their latest and published revisions, which exist only now.
    for await (const rows of readBatches(path.join(workDir, "Entry.ndjson"))) {
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
    for (const part of manifest.parts) {
      if (counted[part.table] !== part.rows) throw new ImportRefusedError(`${part.path} holds ${counted[part.table]} rows; the manifest says ${part.rows}`);
    }
    await client.query("COMMIT");
    return { manifest, counts: counted };
  } catch (error) {
    if (isConnected) await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    if (isConnected) await client.end().catch(() => {});
    await rm(workDir, { recursive: true, force: true });
  }
}
