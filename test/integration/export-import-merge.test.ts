import { generateKeyPairSync, randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { EXPORT_TABLES } from "@/lib/export/archive-format";
import { publicKeyText } from "@/lib/export/archive-signature";
import { exportRecord } from "@/lib/export/export-record";
import { importRecord, ImportRefusedError } from "@/lib/export/import-record";
import { mergeRecord } from "@/lib/export/merge-record";
import { requestChanges } from "@/lib/review/request-changes";
import { submitForReview } from "@/lib/review/submit-for-review";
import { saveRevision } from "@/lib/revisions/save-revision";
import type { Actor } from "@/lib/users/permissions";
import { sha256Of, storeTestCapture } from "./capture-helpers";
import { createEmptyDatabase, dropDatabases, forge, onDatabase, tableCounts, tamper } from "./export-helpers";
import { actorContent, createEntry, makeActor, publish, uniqueSlug } from "./fixtures";
import { runScript } from "./run-script";

// The record of the test database is "A"; `base.tar` is A before this file added to it, restored into
// the other databases as the copy they share; `merged.tar` is A afterwards.
let dir: string;
let base: string;
let merged: string;
const created: string[] = [];
let author: Actor;
let reviewer: Actor;
let capture: Buffer;
let existingEntryId: string;
let newEntryIds: string[];
const settingKey = `merge-test-${randomUUID().slice(0, 8)}`;
// A merge checks the archive's origin as a restore does: A's exports are signed with this key.
const { privateKey: signingKey } = generateKeyPairSync("ed25519");
const trustedKey = publicKeyText(signingKey);
const verification = { trustedKey };

/** A database holding the base record, dropped after the file. */
async function copyOfBase(name: string): Promise<string> {
  created.push(name);
  const url = await createEmptyDatabase(name);
  await importRecord({ connectionString: url, input: base, verification });
  return url;
}

function cli(args: string[], url: string) {
  return runScript(["--conditions=react-server", "--import", "tsx", "scripts/import.ts", ...args], { DATABASE_URL: url });
}

async function save(entryId: string, change: (content: Record<string, unknown>) => Record<string, unknown>) {
  const entry = await db().entry.findUniqueOrThrow({ where: { id: entryId }, select: { kind: true, latestRevision: { select: { id: true, content: true } } } });
  const result = await saveRevision({
    actor: author,
    kind: entry.kind.toLowerCase() as "actor",
    entryId,
    baseRevisionId: entry.latestRevision!.id,
    content: change(entry.latestRevision!.content as Record<string, unknown>),
    summary: "Changed for the merge test",
  });
  if (!result.ok) throw new Error(`save failed: ${JSON.stringify(result)}`);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "expediente-merge-test-"));
  base = path.join(dir, "base.tar");
  const baseExport = await exportRecord({ connectionString: process.env.DATABASE_URL!, out: base, signingKey });
  const baseEntries = new Set((await db().entry.findMany({ select: { id: true } })).map((e) => e.id));
  expect(baseExport.manifest.parts.find((p) => p.table === "Entry")!.rows).toBe(baseEntries.size);

  // What A adds after the copy: an author, a reviewer, two actors (one with a review round and a
  // comment, one linking to it and to a seeded actor), a capture, a setting, and a revision of a seeded entry.
  author = await db().user.create({
    data: { email: `ana.merge-${randomUUID().slice(0, 8)}@test.example`, name: "Ana Merge", role: "EDITOR", passwordHash: "!a" },
    select: { id: true, email: true, name: true, role: true },
  });
  reviewer = await makeActor("REVIEWER");
  const first = await createEntry("actor", actorContent(uniqueSlug("merge-first")), author);
  await save(first.entryId, (c) => ({ ...c, description: "A second revision." }));
  const round = await submitForReview({ actor: author, entryId: first.entryId });
  await requestChanges({ actor: reviewer, reviewId: round.reviewId, revisionId: round.revisionId, input: { comment: "Cite a source, please." } });
  await save(first.entryId, (c) => ({ ...c, description: "A third revision." }));
  await publish(first.entryId, reviewer);
  const firstSlug = (await db().entry.findUniqueOrThrow({ where: { id: first.entryId } })).slug;
  const second = await createEntry(
    "actor",
    actorContent(uniqueSlug("merge-second"), {
      affiliations: [
        { id: "a1", actor: firstSlug, relation: "member-of", citations: [] },
        { id: "a2", actor: "militarized-communist-party-of-peru", relation: "part-of", citations: [] },
      ],
    }),
    author,
  );
  await publish(second.entryId, reviewer);
  newEntryIds = [first.entryId, second.entryId];

  capture = await storeTestCapture({ actor: author, size: 1.5 * 1024 * 1024, capturedAt: "2026-12-01", tool: "merge test" });
  await db().setting.create({ data: { key: settingKey, value: "from A" } });

  const seeded = await db().entry.findFirstOrThrow({ where: { kind: "ACTOR", slug: "militarized-communist-party-of-peru" }, select: { id: true } });
  expect(baseEntries.has(seeded.id)).toBe(true);
  existingEntryId = seeded.id;
  await save(existingEntryId, (c) => ({ ...c, description: "An edit made in A only." }));

  merged = path.join(dir, "merged.tar");
  await exportRecord({ connectionString: process.env.DATABASE_URL!, out: merged, signingKey });
}, 120_000);

afterAll(async () => {
  const row = await db().capture.findUnique({ where: { sha256: sha256Of(capture) }, select: { id: true } });
  if (row) {
    await db().captureChunk.deleteMany({ where: { captureId: row.id } });
    await db().capture.delete({ where: { id: row.id } });
  }
  await db().setting.deleteMany({ where: { key: settingKey } });
  await dropDatabases(created);
  await rm(dir, { recursive: true, force: true });
});

describe("import --merge", () => {
  it("without --merge refuses a database that holds a record, says how to merge, and changes nothing", async () => {
    const target = await copyOfBase("expediente_merge_refused");
    const before = await tableCounts(target);
    const run = await cli(["--in", merged, "--trusted-key", trustedKey], target);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/refused, nothing was written: The database is not empty/);
    expect(run.stderr).toContain("--merge");
    expect(await tableCounts(target)).toEqual(before);
  });

  it("adds new entries with their history, keeps existing entries and users, and maps users by e-mail", async () => {
    const target = await copyOfBase("expediente_merge_target");
    const existingUserId = randomUUID();
    const strangerId = randomUUID();
    await onDatabase(target, async (c) => {
      // The same person under another id (and e-mail case), and another person under the reviewer's id.
      await c.query(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "updatedAt") VALUES ($1, $2, 'Ana in B', '!b', 'ADMIN', now())`, [
        existingUserId,
        author.email.toUpperCase(),
      ]);
      await c.query(
        `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "updatedAt") VALUES ($1, $2, 'Not the reviewer', '!c', 'EDITOR', now())`,
        [reviewer.id, `stranger-${strangerId.slice(0, 8)}@test.example`],
      );
      await c.query(`INSERT INTO "Setting" ("key", "value") VALUES ($1, 'from B')`, [`${settingKey}-b`]);
    });
    const existingBefore = await onDatabase(target, (c) =>
      c.query(`SELECT "latestRevisionId", "revisionCount" FROM "Entry" WHERE "id" = $1`, [existingEntryId]),
    );
    const maxAuditBefore = await onDatabase(target, async (c) => BigInt((await c.query(`SELECT max("id") AS m FROM "AuditEvent"`)).rows[0].m));
    const generation = (c: pg.Client) =>
      c.query(`SELECT "value"::bigint AS "n" FROM "Setting" WHERE "key" = 'public-generation'`).then((r) => BigInt(r.rows[0].n));
    const generationBefore = await onDatabase(target, generation);
    const before = await tableCounts(target);
    const inA = await tableCounts(process.env.DATABASE_URL!);

    const { counts } = await mergeRecord({ connectionString: target, input: merged, verification });

    expect(counts.Entry).toEqual({ added: 2, skipped: inA.Entry! - 2 });
    expect(counts.User).toEqual({ added: 1, skipped: inA.User! - 1 });
    expect(counts.Capture!.added).toBe(1);
    expect(counts.CaptureChunk!.added).toBe(2);
    expect(counts.Setting!.added).toBe(1);
    const after = await tableCounts(target);
    // Every table grew by what the merge says it added; the audit log also by the merge's own line.
    for (const { table } of EXPORT_TABLES) expect(after[table], table).toBe(before[table]! + counts[table]!.added + (table === "AuditEvent" ? 1 : 0));

    await onDatabase(target, async (c) => {
      const revisions = (id: string) => c.query(`SELECT "id", "authorId" FROM "Revision" WHERE "entryId" = $1 ORDER BY "number"`, [id]);
      for (const entryId of newEntryIds) {
        const inSource = await db().revision.findMany({ where: { entryId }, select: { id: true }, orderBy: { number: "asc" } });
        const { rows } = await revisions(entryId);
        expect(rows.map((r) => r.id)).toEqual(inSource.map((r) => r.id));
        // The author's revisions now belong to the user B already had under that e-mail.
        expect(new Set(rows.map((r) => r.authorId))).toEqual(new Set([existingUserId]));
        const entry = await c.query(`SELECT "latestRevisionId", "publishedRevisionId" FROM "Entry" WHERE "id" = $1`, [entryId]);
        expect(entry.rows[0].latestRevisionId).toBe(inSource.at(-1)!.id);
        expect(entry.rows[0].publishedRevisionId).toBe(inSource.at(-1)!.id);
        expect((await c.query(`SELECT 1 FROM "SearchDocument" WHERE "entryId" = $1`, [entryId])).rowCount).toBe(1);
      }
      // Links from the new entry: to the other new entry and to the seeded actor B already had.
      expect((await c.query(`SELECT 1 FROM "Link" WHERE "fromEntryId" = $1`, [newEntryIds[1]])).rowCount).toBe(2);

      // The existing entry is kept as it was: A's later revision of it is not merged.
      const existing = await c.query(`SELECT "latestRevisionId", "revisionCount" FROM "Entry" WHERE "id" = $1`, [existingEntryId]);
      expect(existing.rows[0]).toEqual(existingBefore.rows[0]);
      const { latestRevisionId: latestInA } = await db().entry.findUniqueOrThrow({ where: { id: existingEntryId } });
      expect((await c.query(`SELECT 1 FROM "Revision" WHERE "id" = $1`, [latestInA])).rowCount).toBe(0);

      // One account per e-mail, untouched; the reviewer, whose id B gave to someone else, comes under a new id.
      const ana = await c.query(`SELECT "id", "role", "passwordHash" FROM "User" WHERE lower("email") = lower($1)`, [author.email]);
      expect(ana.rows).toEqual([{ id: existingUserId, role: "ADMIN", passwordHash: "!b" }]);
      const rosa = await c.query(`SELECT "id", "passwordHash" FROM "User" WHERE "email" = $1`, [reviewer.email]);
      expect(rosa.rows).toHaveLength(1);
      expect(rosa.rows[0].id).not.toBe(reviewer.id);
      expect(rosa.rows[0].passwordHash).toBe("!exported-without-password");
      expect((await c.query(`SELECT "name" FROM "User" WHERE "id" = $1`, [reviewer.id])).rows[0].name).toBe("Not the reviewer");
      const review = await c.query(`SELECT "submittedById", "decidedById" FROM "Review" WHERE "entryId" = $1 AND "status" = 'CHANGES_REQUESTED'`, [
        newEntryIds[0],
      ]);
      expect(review.rows).toEqual([{ submittedById: existingUserId, decidedById: rosa.rows[0].id }]);
      const comment = await c.query(`SELECT k."authorId" FROM "ReviewComment" k JOIN "Review" v ON v."id" = k."reviewId" WHERE v."entryId" = $1`, [
        newEntryIds[0],
      ]);
      expect(comment.rows).toEqual([{ authorId: rosa.rows[0].id }]);

      // The capture comes with its bytes, uploaded by the mapped user.
      const chunks = await c.query(
        `SELECT k."data", c."uploadedById" FROM "CaptureChunk" k JOIN "Capture" c ON c."id" = k."captureId" WHERE c."sha256" = $1 ORDER BY k."index"`,
        [sha256Of(capture)],
      );
      expect(sha256Of(Buffer.concat(chunks.rows.map((r) => r.data as Buffer)))).toBe(sha256Of(capture));
      expect(chunks.rows[0].uploadedById).toBe(existingUserId);
      const settings = await c.query(`SELECT "key", "value" FROM "Setting" WHERE "key" LIKE $1 ORDER BY "key"`, [`${settingKey}%`]);
      expect(settings.rows).toEqual([
        { key: settingKey, value: "from A" },
        { key: `${settingKey}-b`, value: "from B" },
      ]);

      // The new entries' audit lines are appended after B's, with the mapped actor; then one line for the merge.
      const lines = await c.query(`SELECT "id", "action", "actorId", "entryId", "detail" FROM "AuditEvent" WHERE "id" > $1 ORDER BY "id"`, [
        maxAuditBefore.toString(),
      ]);
      const aboutNew = lines.rows.filter((r) => newEntryIds.includes(r.entryId));
      const inSourceAboutNew = await db().auditEvent.count({ where: { entryId: { in: newEntryIds } } });
      expect(aboutNew).toHaveLength(inSourceAboutNew);
      expect(aboutNew.find((r) => r.action === "entry.create")!.actorId).toBe(existingUserId);
      expect(lines.rows.filter((r) => r.entryId === existingEntryId)).toEqual([]);
      const mergeLine = lines.rows.at(-1)!;
      expect(mergeLine.action).toBe("record.imported");
      expect(mergeLine.detail.added.Entry).toBe(2);
      expect(mergeLine.detail.verification).toEqual({ method: "signature", publicKey: trustedKey });
      expect(lines.rows.filter((r) => r.action === "record.imported")).toHaveLength(1);
      expect(counts.AuditEvent!.added).toBe(lines.rows.length - 1);
      // Readers' cached pages start again, as after a publication.
      expect(await generation(c)).toBeGreaterThan(generationBefore);
    });
  });

  it("adds nothing when the same archive is merged a second time", async () => {
    const target = await copyOfBase("expediente_merge_twice");
    await mergeRecord({ connectionString: target, input: merged, verification });
    const before = await tableCounts(target);
    const run = await cli(["--in", merged, "--merge", "--trusted-key", trustedKey], target);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("nothing was written");
    expect(run.stdout).toMatch(/Entry\s+0 added\s+\d+ already there/);
    expect(await tableCounts(target)).toEqual(before);
  }, 60_000);

  it("refuses, writing nothing, a new entry whose address another entry already has", async () => {
    created.push("expediente_merge_clash");
    const target = await createEmptyDatabase("expediente_merge_clash");
    const { slug } = await db().entry.findUniqueOrThrow({ where: { id: newEntryIds[0] } });
    await onDatabase(target, (c) =>
      c.query(`INSERT INTO "Entry" ("id", "kind", "slug", "title", "updatedAt") VALUES (gen_random_uuid(), 'ACTOR', $1, 'Another actor', now())`, [slug]),
    );
    const before = await tableCounts(target);
    const refused = mergeRecord({ connectionString: target, input: merged, verification });
    await expect(refused).rejects.toBeInstanceOf(ImportRefusedError);
    await expect(refused).rejects.toThrow(`actor "${slug}"`);
    expect(await tableCounts(target)).toEqual(before);
  });

  it("refuses a tampered archive in merge mode and writes nothing", async () => {
    const target = await copyOfBase("expediente_merge_tampered");
    const before = await tableCounts(target);
    const tampered = path.join(dir, "tampered.tar");
    await tamper(merged, tampered, "data/Entry.ndjson", (text) => text.replace("merge-second", "merge-secont"));
    await expect(mergeRecord({ connectionString: target, input: tampered, verification })).rejects.toThrow(/data\/Entry\.ndjson does not match its SHA-256/);
    expect(await tableCounts(target)).toEqual(before);
  });

  it("refuses a forged archive whose manifest was recomputed, with --trusted-key and without; --unverified merges it and says so", async () => {
    const target = await copyOfBase("expediente_merge_forged");
    const before = await tableCounts(target);
    const forged = path.join(dir, "forged.tar");
    await forge(merged, forged, { "data/Entry.ndjson": (text) => text.replace("merge-second", "merge-secont") }, "keep");
    const withKey = await cli(["--in", forged, "--merge", "--trusted-key", trustedKey], target);
    expect(withKey.code).toBe(1);
    expect(withKey.stderr).toBe(
      "import: refused, nothing was written: the signature does not match the manifest: the archive was changed after it was signed\n",
    );
    const without = await cli(["--in", forged, "--merge"], target);
    expect(without.code).toBe(1);
    expect(without.stderr).toMatch(
      /^import: refused, nothing was written: the archive's origin is not checked: .*--trusted-key.*--expect-sha256.*--unverified.*\n$/,
    );
    expect(await tableCounts(target)).toEqual(before);

    const unverified = await cli(["--in", forged, "--merge", "--unverified"], target);
    expect(unverified.stderr).toBe("");
    expect(unverified.code).toBe(0);
    expect(unverified.stdout).toContain("[import] origin: NOT verified (--unverified)");
    const line = await onDatabase(target, (c) => c.query(`SELECT "detail" FROM "AuditEvent" WHERE "action" = 'record.imported' ORDER BY "id" DESC LIMIT 1`));
    expect(line.rows[0].detail.verification).toEqual({ method: "unverified" });
  }, 60_000);

  it("knows every column that refers to a user, so a merge can remap it", async () => {
    const { rows } = await onDatabase(process.env.DATABASE_URL!, (c) =>
      c.query<{ table: string; column: string }>(
        `SELECT kcu."table_name" AS "table", kcu."column_name" AS "column"
         FROM information_schema.referential_constraints rc
         JOIN information_schema.key_column_usage kcu ON kcu."constraint_name" = rc."constraint_name"
         JOIN information_schema.constraint_column_usage ccu ON ccu."constraint_name" = rc."unique_constraint_name"
         WHERE ccu."table_name" = 'User' AND kcu."table_schema" = 'public'`,
      ),
    );
    const exported = new Map(EXPORT_TABLES.map((t) => [t.table, t.userColumns ?? []]));
    const missing = rows.filter((r) => exported.has(r.table) && !exported.get(r.table)!.includes(r.column));
    expect(rows.length).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });
});
