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
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, EXPORT_TABLES, MANIFEST_PATH, partPath, type Manifest } from "./archive-format";
import { appliedMigrations } from "./export-record";

/** An archive or a database the import refuses; nothing has been written when it is thrown. */
export class ImportRefusedError extends Error {}

export const INSERT_ROWS = 500;

/** Unpacks into a folder, hashing every part on the way; a part the manifest does not list, or lists otherwise, refuses the archive. */
async function unpackAndVerify(input: string, workDir: string): Promise<{ manifest: Manifest; manifestSha256: string }> {
  const seen = new Map<string, { sha256: string; bytes: number }>();
  let manifestBytes: Buffer | null = null;
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
        manifestBytes = Buffer.concat(chunks);
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
  // Assigned in the entry callback, which TypeScript's narrowing does not follow.
  const manifestBuffer = manifestBytes as Buffer | null;
  if (manifestBuffer === null) throw new ImportRefusedError("The archive has no manifest.json: it is not an Expediente export");
  const manifestText = manifestBuffer.toString("utf8");
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
  return { manifest, manifestSha256: createHash("sha256").update(manifestBuffer).digest("hex") };
}

/** The rows of an unpacked part, a batch at a time. */
export async function* readBatches(file: string, batchRows = INSERT_ROWS): AsyncGenerator<Record<string, unknown>[]> {
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

export type VerifiedArchive = { client: pg.Client; workDir: string; manifest: Manifest; manifestSha256: string };

/**
 * Verifies the archive (manifest, hashes, schema), then runs `write` in one transaction and commits;
 * any error, a refusal included, rolls everything back, so a failed import has written nothing.
 */
export async function withVerifiedArchive<T>(
  { connectionString, input }: { connectionString: string; input: string },
  write: (archive: VerifiedArchive) => Promise<T>,
): Promise<T> {
  const workDir = await mkdtemp(path.join(tmpdir(), "expediente-import-"));
  const client = new pg.Client({ connectionString });
  let isConnected = false;
  try {
    const { manifest, manifestSha256 } = await unpackAndVerify(input, workDir);
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
    const result = await write({ client, workDir, manifest, manifestSha256 });
    await client.query("COMMIT");
    return result;
  } catch (error) {
    if (isConnected) await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    if (isConnected) await client.end().catch(() => {});
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Where the rows of `table` were unpacked. */
export const unpackedPart = (workDir: string, table: string) => path.join(workDir, `${table}.ndjson`);

/** A part's row count must be the manifest's: the hashes prove the bytes, this proves they were all read. */
export function checkRowCount(manifest: Manifest, table: string, rows: number) {
  const part = manifest.parts.find((p) => p.table === table);
  if (part && part.rows !== rows) throw new ImportRefusedError(`${part.path} holds ${rows} rows; the manifest says ${part.rows}`);
}
