import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportRecord } from "@/lib/export/export-record";
import { importRecord, ImportRefusedError } from "@/lib/export/import-record";
import { db } from "@/lib/db";
import { sha256Of, storeTestCapture } from "./capture-helpers";
import { createEmptyDatabase, dropDatabases, tableCounts, tamper } from "./export-helpers";
import { makeActor } from "./fixtures";

const TABLES = ["User", "Entry", "Revision", "Review", "ReviewComment", "AuditEvent", "Link", "SlugRedirect", "Capture", "CaptureChunk"] as const;
let dir: string;
const created: string[] = [];

/** A new, migrated, empty database, dropped after the file. */
async function emptyDatabase(name: string): Promise<string> {
  created.push(name);
  return createEmptyDatabase(name);
}

let capture: Buffer;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "expediente-export-test-"));
  // A capture of three chunks, so the archive carries capture bytes across chunk boundaries.
  capture = await storeTestCapture({ actor: await makeActor("EDITOR"), size: 2.5 * 1024 * 1024, capturedAt: "2026-11-30", tool: "test" });
});
afterAll(async () => {
  const row = await db().capture.findUnique({ where: { sha256: sha256Of(capture) }, select: { id: true } });
  if (row) {
    await db().captureChunk.deleteMany({ where: { captureId: row.id } });
    await db().capture.delete({ where: { id: row.id } });
  }
  await dropDatabases(created);
  await rm(dir, { recursive: true, force: true });
});

describe("export and import of the whole record", () => {
  it("round-trips byte for byte: export → import into an empty database → export", async () => {
    const first = path.join(dir, "first.tar");
    const { manifest } = await exportRecord({ connectionString: process.env.DATABASE_URL!, out: first });
    const rowsOf = (table: string) => manifest.parts.find((p) => p.table === table)!.rows;
    expect(rowsOf("Entry")).toBeGreaterThan(100);
    expect(rowsOf("Revision")).toBeGreaterThan(rowsOf("Entry"));
    expect(rowsOf("AuditEvent")).toBeGreaterThan(0);
    expect(rowsOf("Capture")).toBeGreaterThan(0);
    expect(rowsOf("CaptureChunk")).toBeGreaterThanOrEqual(3);
    expect(manifest.version).toBe(2);

    const target = await emptyDatabase("expediente_evidence_roundtrip");
    const imported = await importRecord({ connectionString: target, input: first });
    const restored = await tableCounts(target);
    for (const table of TABLES) {
      expect(restored[table], table).toBe(rowsOf(table));
      expect(imported.counts[table], table).toBe(rowsOf(table));
    }

    const second = path.join(dir, "second.tar");
    await exportRecord({ connectionString: target, out: second });
    expect((await readFile(second)).equals(await readFile(first))).toBe(true);

    // The capture's bytes come back whole: its chunks, in order, hash to its SHA-256.
    const restoredBytes = new pg.Client({ connectionString: target });
    await restoredBytes.connect();
    const chunks = await restoredBytes.query<{ data: Buffer }>(
      `SELECT k."data" FROM "CaptureChunk" k JOIN "Capture" c ON c."id" = k."captureId" WHERE c."sha256" = $1 ORDER BY k."index"`,
      [sha256Of(capture)],
    );
    await restoredBytes.end();
    expect(chunks.rows).toHaveLength(3);
    expect(sha256Of(Buffer.concat(chunks.rows.map((r) => r.data)))).toBe(sha256Of(capture));

    // No password hash leaves without --with-secrets.
    const text = (await readFile(first)).toString("latin1");
    expect(text).not.toMatch(/"passwordHash":"\$argon2/);

    // The restored record is usable: the audit log goes on after its last id.
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    const next = await client.query(`INSERT INTO "AuditEvent" ("action") VALUES ('test') RETURNING "id"`);
    const max = await client.query(`SELECT max("id") AS m FROM "AuditEvent" WHERE "action" <> 'test'`);
    await client.end();
    expect(BigInt(next.rows[0].id)).toBeGreaterThan(BigInt(max.rows[0].m));

    // A second import into the now non-empty database is refused and changes nothing.
    const before = await tableCounts(target);
    await expect(importRecord({ connectionString: target, input: first })).rejects.toThrow(/not empty/);
    expect(await tableCounts(target)).toEqual(before);
  });

  it("refuses a tampered or truncated archive and writes nothing", async () => {
    const original = path.join(dir, "original.tar");
    await exportRecord({ connectionString: process.env.DATABASE_URL!, out: original });
    const target = await emptyDatabase("expediente_evidence_tampered");
    const empty = await tableCounts(target);

    const tampered = path.join(dir, "tampered.tar");
    await tamper(original, tampered, "data/Revision.ndjson", (text) => text.replace("San Miguel del Ene", "San Miguel del Enx"));
    const refused = importRecord({ connectionString: target, input: tampered });
    await expect(refused).rejects.toBeInstanceOf(ImportRefusedError);
    await expect(importRecord({ connectionString: target, input: tampered })).rejects.toThrow(/data\/Revision\.ndjson does not match its SHA-256/);
    expect(await tableCounts(target)).toEqual(empty);

    const truncated = path.join(dir, "truncated.tar");
    const bytes = await readFile(original);
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(importRecord({ connectionString: target, input: truncated })).rejects.toBeInstanceOf(ImportRefusedError);
    expect(await tableCounts(target)).toEqual(empty);
  });
});
