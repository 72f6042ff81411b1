// Databases and archives for the export/import tests: each test gets its own database on the test server.
import { createHash, type KeyObject } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import pg from "pg";
import tar from "tar-stream";
import { EXPORT_TABLES, MANIFEST_PATH, SIGNATURE_PATH, type Manifest } from "@/lib/export/archive-format";
import { signManifest } from "@/lib/export/archive-signature";
import { tarHeader } from "@/lib/export/export-record";
import { dropDatabase, freshDatabase } from "../../scripts/db.mjs";

/** Runs `fn` with a client on the database at `url`. */
export async function onDatabase<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new, migrated, empty database, as `EXPEDIENTE_DATA_DIR=/new/folder npm run import` gets. */
export function createEmptyDatabase(name: string): Promise<string> {
  return freshDatabase(process.env.DATABASE_URL!, name);
}

export async function dropDatabases(names: string[]) {
  for (const name of names) await dropDatabase(process.env.DATABASE_URL!, name);
}

/** Rows of every table an export holds: "nothing written" is these counts unchanged. */
export async function tableCounts(url: string): Promise<Record<string, number>> {
  return onDatabase(url, async (client) => {
    const result: Record<string, number> = {};
    for (const { table } of EXPORT_TABLES) result[table] = Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
    return result;
  });
}

type ArchiveFile = { name: string; body: Buffer };

async function readArchive(input: string): Promise<ArchiveFile[]> {
  const files: ArchiveFile[] = [];
  const extract = tar.extract();
  extract.end(await readFile(input));
  for await (const entry of extract as unknown as AsyncIterable<AsyncIterable<Buffer> & { header: tar.Header }>) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk);
    files.push({ name: entry.header.name, body: Buffer.concat(chunks) });
  }
  return files;
}

/** Writes files as a tar; `headers` may give an entry other header fields (a symlink, a `../` name). */
export async function writeArchive(output: string, files: (ArchiveFile & { header?: Partial<tar.Header> })[]) {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on("data", (c: unknown) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve) => pack.on("end", () => resolve()));
  for (const file of files) pack.entry({ ...tarHeader(file.name, file.body.length), ...file.header }, file.body);
  pack.finalize();
  await done;
  await writeFile(output, Buffer.concat(chunks));
}

/** Rewrites one part of an archive and keeps its manifest: what a tampered or damaged archive looks like. */
export async function tamper(input: string, output: string, part: string, change: (text: string) => string) {
  const files = await readArchive(input);
  await writeArchive(
    output,
    files.map((file) => (file.name === part ? { name: file.name, body: Buffer.from(change(file.body.toString("utf8")), "utf8") } : file)),
  );
}

/**
 * A forger's archive: parts rewritten and the manifest recomputed to match them (hashes, sizes, rows),
 * so only the signature can tell. `signature`: keep the original signature.json, sign again with the
 * forger's own key, or leave it out.
 */
export async function forge(
  input: string,
  output: string,
  changes: Record<string, (text: string) => string>,
  signature: "keep" | "drop" | KeyObject,
): Promise<{ manifestSha256: string }> {
  const files = await readArchive(input);
  const changed = files.map((file) => {
    const change = changes[file.name];
    return change ? { name: file.name, body: Buffer.from(change(file.body.toString("utf8")), "utf8") } : file;
  });
  const manifestFile = changed.find((f) => f.name === MANIFEST_PATH)!;
  const manifest = JSON.parse(manifestFile.body.toString("utf8")) as Manifest;
  for (const part of manifest.parts) {
    const body = changed.find((f) => f.name === part.path)!.body;
    part.sha256 = createHash("sha256").update(body).digest("hex");
    part.bytes = body.length;
    part.rows = body.toString("utf8").split("\n").filter(Boolean).length;
  }
  manifestFile.body = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8");
  const result = changed.flatMap((file) => {
    if (file.name !== SIGNATURE_PATH || signature === "keep") return [file];
    return signature === "drop" ? [] : [{ name: SIGNATURE_PATH, body: signManifest(manifestFile.body, signature) }];
  });
  await writeArchive(output, result);
  return { manifestSha256: createHash("sha256").update(manifestFile.body).digest("hex") };
}
