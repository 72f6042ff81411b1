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
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  EXPORT_TABLES,
  ImportRefusedError,
  MANIFEST_PATH,
  partPath,
  READABLE_FORMAT_VERSIONS,
  SIGNATURE_PATH,
  type Manifest,
} from "./archive-format";
import { checkVerificationOptions, verifyManifest, type ArchiveVerification, type VerifiedOrigin } from "./archive-signature";
import { appliedMigrations } from "./export-record";

export { ImportRefusedError } from "./archive-format";

export const INSERT_ROWS = 500;

/**
 * Unpacks into a folder, hashing every part on the way; checks the manifest's origin (`verification`),
 * then its parts: a part the manifest does not list, or lists otherwise, refuses the archive.
 */
async function unpackAndVerify(
  input: string,
  workDir: string,
  verification: ArchiveVerification,
): Promise<{ manifest: Manifest; manifestSha256: string; origin: VerifiedOrigin }> {
  const seen = new Map<string, { sha256: string; bytes: number }>();
  // manifest.json and signature.json are kept in memory (a few kB); parts go to the folder.
  const small = new Map<string, Buffer>();
  const extract = tar.extract();
  extract.on("entry", (header, stream, next) => {
    const name = header.name;
    const isSmall = name === MANIFEST_PATH || name === SIGNATURE_PATH;
    if (header.type !== "file" || (!isSmall && !/^data\/[A-Za-z]+\.ndjson$/.test(name)) || seen.has(name)) {
      // Tearing the extractor down errors this entry's stream too: without a listener that second
      // error is an uncaught exception (a stack trace instead of the refusal).
      stream.on("error", () => {});
      stream.resume();
      extract.destroy(new ImportRefusedError(`The archive holds an unexpected file: ${JSON.stringify(name)}`));
      return;
    }
    const hash = createHash("sha256");
    let bytes = 0;
    const chunks: Buffer[] = [];
    const out = isSmall ? null : createWriteStream(path.join(workDir, path.basename(name)));
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
        small.set(name, Buffer.concat(chunks));
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
  const manifestBuffer = small.get(MANIFEST_PATH);
  if (!manifestBuffer) throw new ImportRefusedError("The archive has no manifest.json: it is not an Expediente export");
  // Before anything the manifest says is believed: a forger who rewrote parts also rewrote their hashes.
  const origin = verifyManifest({ manifestBytes: manifestBuffer, signatureBytes: small.get(SIGNATURE_PATH) ?? null, verification });
  const manifestText = manifestBuffer.toString("utf8");
  let manifest: Manifest;
  try {
    manifest = JSON.parse(manifestText) as Manifest;
  } catch {
    throw new ImportRefusedError("The archive's manifest is not valid JSON");
  }
  if (manifest.format !== EXPORT_FORMAT) throw new ImportRefusedError("The archive is not an Expediente export");
  if (!READABLE_FORMAT_VERSIONS.includes(manifest.version)) {
    throw new ImportRefusedError(
      `The archive is format version ${manifest.version}; this version of Expediente reads versions ${READABLE_FORMAT_VERSIONS.join(" and ")} (it writes ${EXPORT_FORMAT_VERSION})`,
    );
  }
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
  if (seen.size !== manifest.parts.length + small.size) throw new ImportRefusedError("The archive holds files its manifest does not list");
  return { manifest, manifestSha256: createHash("sha256").update(manifestBuffer).digest("hex"), origin };
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

export type VerifiedArchive = { client: pg.Client; workDir: string; manifest: Manifest; manifestSha256: string; origin: VerifiedOrigin };

/** What every import takes: the database, the archive, and how to check where it came from. */
export type ImportOptions = { connectionString: string; input: string; verification: ArchiveVerification };

/**
 * Verifies the archive (origin, manifest, hashes, schema), then runs `write` in one transaction and
 * commits; any error, a refusal included, rolls everything back, so a failed import has written nothing.
 */
export async function withVerifiedArchive<T>(
  { connectionString, input, verification }: ImportOptions,
  write: (archive: VerifiedArchive) => Promise<T>,
): Promise<T> {
  // Missing or contradictory options are refused before the archive is even opened.
  checkVerificationOptions(verification);
  const workDir = await mkdtemp(path.join(tmpdir(), "expediente-import-"));
  const client = new pg.Client({ connectionString });
  let isConnected = false;
  try {
    const { manifest, manifestSha256, origin } = await unpackAndVerify(input, workDir, verification);
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
    const result = await write({ client, workDir, manifest, manifestSha256, origin });
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
