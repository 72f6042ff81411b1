import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicKeyText } from "@/lib/export/archive-signature";
import { exportRecord } from "@/lib/export/export-record";
import { importRecord, ImportRefusedError } from "@/lib/export/import-record";
import { mergeRecord } from "@/lib/export/merge-record";
import { withdrawEntry } from "@/lib/review/withdraw-entry";
import { db } from "@/lib/db";
import { sha256Of, storeTestCapture } from "./capture-helpers";
import { createEmptyDatabase, dropDatabases, forge, onDatabase, tableCounts, tamper, writeArchive } from "./export-helpers";
import { actorContent, createEntry, makeActor, publish, uniqueSlug } from "./fixtures";
import { runScript } from "./run-script";

const TABLES = ["User", "Entry", "Revision", "Review", "ReviewComment", "AuditEvent", "Link", "SlugRedirect", "Capture", "CaptureChunk"] as const;
let dir: string;
const created: string[] = [];
// This file's instance key, and a forger's: a forger can recompute every hash, and sign with a key of their own.
const { privateKey: signingKey } = generateKeyPairSync("ed25519");
const trustedKey = publicKeyText(signingKey);
const { privateKey: forgersKey } = generateKeyPairSync("ed25519");
const verified = { trustedKey };

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
    const { manifest, manifestSha256, publicKey } = await exportRecord({ connectionString: process.env.DATABASE_URL!, out: first, signingKey });
    expect(publicKey).toBe(trustedKey);
    const rowsOf = (table: string) => manifest.parts.find((p) => p.table === table)!.rows;
    expect(rowsOf("Entry")).toBeGreaterThan(100);
    expect(rowsOf("Revision")).toBeGreaterThan(rowsOf("Entry"));
    expect(rowsOf("AuditEvent")).toBeGreaterThan(0);
    expect(rowsOf("Capture")).toBeGreaterThan(0);
    expect(rowsOf("CaptureChunk")).toBeGreaterThanOrEqual(3);
    expect(manifest.version).toBe(3);
    // The export is audited with the manifest's hash and the key that signed it.
    const exported = await db().auditEvent.findFirst({ where: { action: "record.exported" }, orderBy: { id: "desc" } });
    expect(exported?.detail).toEqual({ manifestSha256, publicKey: trustedKey, withSecrets: false });

    const target = await emptyDatabase("expediente_evidence_roundtrip");
    const imported = await importRecord({ connectionString: target, input: first, verification: verified });
    expect(imported.origin).toEqual({ method: "signature", publicKey: trustedKey });
    const restored = await tableCounts(target);
    for (const table of TABLES) {
      expect(restored[table], table).toBe(rowsOf(table));
      expect(imported.counts[table], table).toBe(rowsOf(table));
    }

    const second = path.join(dir, "second.tar");
    await exportRecord({ connectionString: target, out: second, signingKey });
    // Ed25519 signatures are deterministic: the same manifest and key, the same signature.json.
    expect((await readFile(second)).equals(await readFile(first))).toBe(true);
    expect((await readFile(first)).toString("latin1")).toContain(`"publicKey": "${trustedKey}"`);

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
    await expect(importRecord({ connectionString: target, input: first, verification: verified })).rejects.toThrow(/not empty/);
    expect(await tableCounts(target)).toEqual(before);
  });

  it("refuses a tampered or truncated archive and writes nothing", async () => {
    const original = path.join(dir, "original.tar");
    await exportRecord({ connectionString: process.env.DATABASE_URL!, out: original, signingKey });
    const target = await emptyDatabase("expediente_evidence_tampered");
    const empty = await tableCounts(target);

    const tampered = path.join(dir, "tampered.tar");
    await tamper(original, tampered, "data/Revision.ndjson", (text) => text.replace("San Miguel del Ene", "San Miguel del Enx"));
    const refused = importRecord({ connectionString: target, input: tampered, verification: verified });
    await expect(refused).rejects.toBeInstanceOf(ImportRefusedError);
    await expect(importRecord({ connectionString: target, input: tampered, verification: verified })).rejects.toThrow(
      /data\/Revision\.ndjson does not match its SHA-256/,
    );
    expect(await tableCounts(target)).toEqual(empty);

    const truncated = path.join(dir, "truncated.tar");
    const bytes = await readFile(original);
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(importRecord({ connectionString: target, input: truncated, verification: verified })).rejects.toBeInstanceOf(ImportRefusedError);
    expect(await tableCounts(target)).toEqual(empty);
  });
});

/** The attack of issue 21: editor@ promoted to admin and a withdrawal's audit line deleted, every hash recomputed. */
async function forgeTakeover(original: string, output: string, withdrawnEntryId: string, signature: Parameters<typeof forge>[3]) {
  const lines = (text: string, change: (row: Record<string, unknown>) => Record<string, unknown> | null) =>
    text
      .split("\n")
      .filter(Boolean)
      .flatMap((line) => {
        const row = change(JSON.parse(line) as Record<string, unknown>);
        return row ? [`${JSON.stringify(row)}\n`] : [];
      })
      .join("");
  return forge(
    original,
    output,
    {
      "data/User.ndjson": (text) => lines(text, (row) => (row.email === "editor@example.com" ? { ...row, role: "ADMIN" } : row)),
      "data/AuditEvent.ndjson": (text) => lines(text, (row) => (row.action === "entry.withdraw" && row.entryId === withdrawnEntryId ? null : row)),
    },
    signature,
  );
}

describe("chain of custody: a signed export, and an import that checks where it came from", () => {
  let original: string;
  let originalSha256: string;
  let withdrawnEntryId: string;
  beforeAll(async () => {
    const editor = await makeActor("EDITOR");
    const reviewer = await makeActor("REVIEWER");
    const { entryId } = await createEntry("actor", actorContent(uniqueSlug("custody-withdrawn")), editor);
    await publish(entryId, reviewer);
    await withdrawEntry({ actor: reviewer, entryId, reason: "Published by mistake: a person's name that must not be public." });
    withdrawnEntryId = entryId;
    original = path.join(dir, "custody.tar");
    ({ manifestSha256: originalSha256 } = await exportRecord({ connectionString: process.env.DATABASE_URL!, out: original, signingKey }));
  }, 60_000);

  it("refuses an archive whose manifest was recomputed, whatever its signature, and writes nothing", async () => {
    const target = await emptyDatabase("expediente_custody_forged");
    const empty = await tableCounts(target);
    const kept = path.join(dir, "forged-kept-signature.tar");
    const { manifestSha256: forgedSha256 } = await forgeTakeover(original, kept, withdrawnEntryId, "keep");
    expect(forgedSha256).not.toBe(originalSha256);
    const forgedText = (await readFile(kept)).toString("utf8");
    expect(forgedText.match(/^.*"email":"editor@example\.com".*$/m)?.[0]).toContain(`"role":"ADMIN"`);
    const withdrawal = `"action":"entry.withdraw","entryId":"${withdrawnEntryId}"`;
    expect((await readFile(original)).toString("utf8").includes(withdrawal)).toBe(true);
    expect(forgedText.includes(withdrawal)).toBe(false);

    const resigned = path.join(dir, "forged-resigned.tar");
    await forgeTakeover(original, resigned, withdrawnEntryId, forgersKey);
    const unsigned = path.join(dir, "forged-unsigned.tar");
    await forgeTakeover(original, unsigned, withdrawnEntryId, "drop");

    const refusals: [string, Parameters<typeof importRecord>[0]["verification"], RegExp][] = [
      [kept, verified, /the signature does not match the manifest/],
      [resigned, verified, new RegExp(`signed by another key \\(${publicKeyText(forgersKey).replace(/[+/]/g, "\\$&")}\\)`)],
      [unsigned, verified, /the archive is not signed/],
      [kept, {}, /the archive's origin is not checked/],
      [resigned, {}, /the archive's origin is not checked/],
      [kept, { expectedSha256: originalSha256 }, /not the expected/],
      [resigned, { trustedKey, expectedSha256: forgedSha256 }, /signed by another key/],
    ];
    for (const [input, verification, message] of refusals) {
      await expect(importRecord({ connectionString: target, input, verification }), `${path.basename(input)} ${JSON.stringify(verification)}`).rejects.toThrow(
        message,
      );
      await expect(mergeRecord({ connectionString: target, input, verification })).rejects.toThrow(message);
    }
    expect(await tableCounts(target)).toEqual(empty);
  });

  it("restores the archive whose manifest has the SHA-256 its export printed, and refuses another hash", async () => {
    const target = await emptyDatabase("expediente_custody_sha256");
    const empty = await tableCounts(target);
    const wrong = originalSha256.replace(/^./, (c) => (c === "0" ? "1" : "0"));
    await expect(importRecord({ connectionString: target, input: original, verification: { expectedSha256: wrong } })).rejects.toThrow(
      `the manifest's SHA-256 is ${originalSha256}, not the expected ${wrong}`,
    );
    await expect(importRecord({ connectionString: target, input: original, verification: { expectedSha256: "not-a-hash" } })).rejects.toThrow(
      /64 hexadecimal digits/,
    );
    expect(await tableCounts(target)).toEqual(empty);
    const { origin, counts } = await importRecord({
      connectionString: target,
      input: original,
      verification: { expectedSha256: originalSha256.toUpperCase() },
    });
    expect(origin).toEqual({ method: "sha256" });
    expect(counts.Entry).toBeGreaterThan(100);
    // A verified restore adds no line of its own: the log is the archive's.
    expect((await tableCounts(target)).AuditEvent).toBe(counts.AuditEvent);
  });

  it("imports with --unverified only when told, and the audit log says so for good", async () => {
    const target = await emptyDatabase("expediente_custody_unverified");
    const forged = path.join(dir, "forged-unverified.tar");
    const { manifestSha256 } = await forgeTakeover(original, forged, withdrawnEntryId, "drop");
    await expect(importRecord({ connectionString: target, input: forged, verification: { isUnverified: true, trustedKey } })).rejects.toThrow(
      /--unverified skips the checks/,
    );
    const { origin, counts } = await importRecord({ connectionString: target, input: forged, verification: { isUnverified: true } });
    expect(origin).toEqual({ method: "unverified" });
    await onDatabase(target, async (c) => {
      const { rows } = await c.query(`SELECT "action", "actorId", "detail" FROM "AuditEvent" ORDER BY "id" DESC LIMIT 1`);
      expect(rows[0]).toMatchObject({
        action: "record.imported",
        actorId: null,
        detail: { manifestSha256, isRestore: true, verification: { method: "unverified" } },
      });
      expect(rows[0].detail.added.Entry).toBe(counts.Entry);
    });
    // The mark travels: the next export of this database carries the line.
    const again = path.join(dir, "after-unverified.tar");
    await exportRecord({ connectionString: target, out: again, signingKey });
    const mark = (await readFile(again)).toString("utf8").match(/^.*"action":"record\.imported".*$/m)?.[0];
    expect(mark).toMatch(/"verification": ?\{"method": ?"unverified"\}/);
  });
});

describe("the export and import commands", () => {
  const script = (name: string, args: string[], env: Record<string, string>) =>
    runScript(["--conditions=react-server", "--import", "tsx", `scripts/${name}.ts`, ...args], env);
  /** One line on stderr, and no stack trace: what a person reads when an import is refused. */
  const expectOneLine = (stderr: string) => {
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/^\s+at /m);
  };

  it("export signs with the instance's key, prints the hash and the key; import restores with --trusted-key and refuses a forgery", async () => {
    const keyFile = path.join(dir, "instance", "export-signing-key.pem");
    const env = { DATABASE_URL: process.env.DATABASE_URL!, EXPEDIENTE_SIGNING_KEY_FILE: keyFile };
    const out = path.join(dir, "cli.tar");
    const exported = await script("export", ["--out", out], env);
    expect(exported.stderr).toContain(`generated this instance's signing key in ${keyFile}`);
    expect(exported.code).toBe(0);
    const sha256 = /manifest SHA-256 ([0-9a-f]{64})/.exec(exported.stdout)![1]!;
    const publicKey = /signed by public key (\S+)/.exec(exported.stdout)![1]!;
    // The key is kept: the next run reads it (nothing generated, nothing on stderr) and prints the same key.
    const printed = await script("export", ["--print-public-key"], env);
    expect(printed).toEqual({ code: 0, stdout: `${publicKey}\n`, stderr: "" });
    const audit = await db().auditEvent.findFirst({ where: { action: "record.exported", actorId: null }, orderBy: { id: "desc" } });
    expect(audit?.detail).toMatchObject({ manifestSha256: sha256, publicKey });

    const keyCopy = path.join(dir, "trusted.pub");
    await writeFile(keyCopy, printed.stdout);
    const target = await emptyDatabase("expediente_custody_cli");
    const forged = path.join(dir, "cli-forged.tar");
    await forge(out, forged, { "data/User.ndjson": (text) => text.replace(/"role":"EDITOR"/g, '"role":"ADMIN"') }, "keep");
    for (const args of [[], ["--trusted-key", keyCopy], ["--merge", "--trusted-key", publicKey]]) {
      const refused = await script("import", ["--in", forged, ...args], { DATABASE_URL: target });
      expect(refused.code, args.join(" ")).toBe(1);
      expect(refused.stderr).toMatch(/^import: refused, nothing was written: /);
      expectOneLine(refused.stderr);
    }
    expect((await tableCounts(target)).User).toBe(0);

    const restored = await script("import", ["--in", out, "--trusted-key", keyCopy], { DATABASE_URL: target });
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain(`[import] origin: signature verified against ${publicKey}`);
    expect(restored.stdout).toContain("[import] restored");
  }, 240_000);

  it("refuses an archive with a `../` entry or a symlink in one line, without a stack trace", async () => {
    const target = await emptyDatabase("expediente_custody_entries");
    const dotdot = path.join(dir, "dotdot.tar");
    await writeArchive(dotdot, [{ name: "../x", body: Buffer.from("hi") }]);
    const symlink = path.join(dir, "symlink.tar");
    await writeArchive(symlink, [{ name: "manifest.json", body: Buffer.alloc(0), header: { type: "symlink", linkname: "/etc/passwd", size: 0 } }]);
    for (const [input, name] of [
      [dotdot, "../x"],
      [symlink, "manifest.json"],
    ] as const) {
      const run = await script("import", ["--in", input, "--unverified"], { DATABASE_URL: target });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`import: refused, nothing was written: The archive holds an unexpected file: "${name}"\n`);
      expectOneLine(run.stderr);
    }
    expect((await tableCounts(target)).User).toBe(0);
  }, 120_000);
});
