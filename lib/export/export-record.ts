import "server-only";
import { createHash, type KeyObject } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import tar from "tar-stream";
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  EXPORT_TABLES,
  MANIFEST_PATH,
  partPath,
  SIGNATURE_PATH,
  type Manifest,
  type ManifestPart,
} from "./archive-format";
import { publicKeyText, signManifest } from "./archive-signature";
import { instanceSigningKey } from "./signing-key";

const FETCH_ROWS = 1000;

/** Fixed tar headers: the same record gives the same bytes, whenever and by whoever it is exported. */
export function tarHeader(name: string, size: number): tar.Header {
  return { name, size, mode: 0o644, mtime: new Date(0), uid: 0, gid: 0, uname: "", gname: "", type: "file", linkname: "", devmajor: 0, devminor: 0 };
}

export async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL ORDER BY "migration_name"`,
  );
  return rows.map((r) => r.migration_name);
}

/**
 * Writes the whole record (docs/export-format.md) as a tar at `out`: one NDJSON part per table, read
 * through a cursor in one consistent snapshot, a manifest with every part's SHA-256, and the manifest's
 * Ed25519 signature (the instance's key unless `signingKey` is given). Then appends a `record.exported`
 * audit line with the manifest's SHA-256 and the public key, after the snapshot, so the archive is the
 * same whoever exports it and a round trip stays byte-identical.
 */
export async function exportRecord({
  connectionString,
  out,
  withSecrets = false,
  signingKey,
  actorId = null,
}: {
  connectionString: string;
  out: string;
  withSecrets?: boolean;
  signingKey?: KeyObject;
  /** Who asked: the admin of a studio download; null for the command line. */
  actorId?: string | null;
}) {
  const privateKey = signingKey ?? (await instanceSigningKey()).privateKey;
  const workDir = await mkdtemp(path.join(tmpdir(), "expediente-export-"));
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // Timestamps are printed in the session's zone: fixed, so the bytes do not depend on the server's.
    await client.query("SET LOCAL TIME ZONE 'UTC'");
    const migrations = await appliedMigrations(client);
    const parts: ManifestPart[] = [];
    for (const { table, orderBy, batchRows = FETCH_ROWS } of EXPORT_TABLES) {
      const file = path.join(workDir, `${table}.ndjson`);
      const stream = createWriteStream(file);
      const hash = createHash("sha256");
      let rows = 0;
      let bytes = 0;
      await client.query(`DECLARE part NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS "line" FROM (SELECT * FROM "${table}" ORDER BY ${orderBy}) t`);
      for (;;) {
        const batch = await client.query<{ line: string }>(`FETCH ${batchRows} FROM part`);
        if (batch.rows.length === 0) break;
        let text = "";
        for (const { line } of batch.rows) {
          text += `${table === "User" && !withSecrets ? withoutPassword(line) : line}\n`;
          rows++;
        }
        const buffer = Buffer.from(text, "utf8");
        hash.update(buffer);
        bytes += buffer.length;
        if (!stream.write(buffer)) await once(stream, "drain");
      }
      await client.query("CLOSE part");
      stream.end();
      await once(stream, "finish");
      parts.push({ path: partPath(table), table, rows, bytes, sha256: hash.digest("hex") });
    }
    await client.query("COMMIT");

    const manifest: Manifest = { format: EXPORT_FORMAT, version: EXPORT_FORMAT_VERSION, migrations, withSecrets, parts };
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8");
    const pack = tar.pack();
    const partial = `${out}.partial`;
    const written = pipeline(pack, createWriteStream(partial));
    const signatureBytes = signManifest(manifestBytes, privateKey);
    pack.entry(tarHeader(MANIFEST_PATH, manifestBytes.length), manifestBytes);
    pack.entry(tarHeader(SIGNATURE_PATH, signatureBytes.length), signatureBytes);
    for (const part of parts) {
      const entry = pack.entry(tarHeader(part.path, part.bytes));
      await pipeline(createReadStream(path.join(workDir, `${part.table}.ndjson`)), entry);
    }
    pack.finalize();
    await written;
    await rename(partial, out);
    const manifestSha256 = createHash("sha256").update(manifestBytes).digest("hex");
    const publicKey = publicKeyText(privateKey);
    await client.query(`INSERT INTO "AuditEvent" ("actorId", "action", "detail") VALUES ($1, 'record.exported', $2::jsonb)`, [
      actorId,
      JSON.stringify({ manifestSha256, publicKey, withSecrets }),
    ]);
    return { manifest, manifestSha256, publicKey };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
    await rm(workDir, { recursive: true, force: true });
  }
}

// Key order is kept (JSON.parse/stringify preserve it), so the line is otherwise what PostgreSQL wrote.
function withoutPassword(line: string): string {
  const row = JSON.parse(line) as Record<string, unknown>;
  row.passwordHash = null;
  return JSON.stringify(row);
}
