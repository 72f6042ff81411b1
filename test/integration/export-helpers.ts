// Databases and archives for the export/import tests: each test gets its own database on the test server.
import { readFile, writeFile } from "node:fs/promises";
import pg from "pg";
import tar from "tar-stream";
import { EXPORT_TABLES } from "@/lib/export/archive-format";
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

/** Rewrites one part of an archive and keeps its manifest: what a tampered or damaged archive looks like. */
export async function tamper(input: string, output: string, part: string, change: (text: string) => string) {
  const files: { name: string; body: Buffer }[] = [];
  const extract = tar.extract();
  extract.end(await readFile(input));
  for await (const entry of extract as unknown as AsyncIterable<AsyncIterable<Buffer> & { header: tar.Header }>) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk);
    files.push({ name: entry.header.name, body: Buffer.concat(chunks) });
  }
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on("data", (c: unknown) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve) => pack.on("end", () => resolve()));
  for (const file of files) {
    const body = file.name === part ? Buffer.from(change(file.body.toString("utf8")), "utf8") : file.body;
    pack.entry(tarHeader(file.name, body.length), body);
  }
  pack.finalize();
  await done;
  await writeFile(output, Buffer.concat(chunks));
}
