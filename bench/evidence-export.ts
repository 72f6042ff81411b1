// `npm run bench:export -- [entries] [revisions]`
// Export and import of a large record: fills a throwaway database with ENTRIES entries of REVISIONS
// revisions each (SQL, ~1.5 kB of content per revision, one audit line per revision), then times
// export, import into a new empty database, re-export, and a merge of the same archive into the restored
// database (every row already there: the cost of verifying and staging alone) and into an empty one (every
// row new), with the process's peak memory.
import { createHash, generateKeyPairSync } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { dropDatabase, freshDatabase } from "../scripts/db.mjs";
import { publicKeyText } from "../lib/export/archive-signature";
import { exportRecord } from "../lib/export/export-record";
import { importRecord } from "../lib/export/import-record";
import { mergeRecord } from "../lib/export/merge-record";

const ENTRIES = Number(process.argv[2] ?? 10_000);
const REVISIONS = Number(process.argv[3] ?? 20);
const serverUrl = process.env.DATABASE_URL!;
const DATABASES = { source: "expediente_evidence_bench", restore: "expediente_evidence_bench_restore", merge: "expediente_evidence_bench_merge" };

async function fill(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const body = "The record says who asserts what, and where it was said. ".repeat(20);
  await client.query(
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "updatedAt") VALUES ('00000000-0000-4000-8000-000000000001', 'bench@example.com', 'Bench', '!', 'EDITOR', now())`,
  );
  await client.query(
    `INSERT INTO "Entry" ("id", "kind", "slug", "title", "revisionCount", "updatedAt")
     SELECT gen_random_uuid(), 'ACTOR', 'bench-actor-' || i, 'Bench actor ' || i, $1, now() FROM generate_series(1, $2) i`,
    [REVISIONS, ENTRIES],
  );
  await client.query(
    `INSERT INTO "Revision" ("id", "entryId", "number", "authorId", "summary", "content", "title", "slug", "createdAt")
     SELECT gen_random_uuid(), e."id", n, '00000000-0000-4000-8000-000000000001', 'Revision ' || n,
            jsonb_build_object('slug', e."slug", 'title', e."title", 'aliases', '[]'::jsonb, 'nature', 'organisation', 'actorType', 'other',
                               'description', 'Revision ' || n, 'body', $1::text, 'affiliations', '[]'::jsonb, 'claims', '[]'::jsonb),
            e."title", e."slug", now() - (n || ' minutes')::interval
     FROM "Entry" e, generate_series(1, $2) n`,
    [body, REVISIONS],
  );
  await client.query(`UPDATE "Entry" e SET "latestRevisionId" = r."id" FROM "Revision" r WHERE r."entryId" = e."id" AND r."number" = $1`, [REVISIONS]);
  await client.query(
    `INSERT INTO "AuditEvent" ("actorId", "action", "entryId", "revisionId") SELECT r."authorId", 'revision.save', r."entryId", r."id" FROM "Revision" r`,
  );
  await client.end();
}

async function sha256(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await fn();
  console.log(`${label.padEnd(40)} ${((performance.now() - start) / 1000).toFixed(1)} s   rss now ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
  return result;
}

// A throwaway key: the bench signs and verifies as every export and import does, without the instance's key.
const { privateKey: signingKey } = generateKeyPairSync("ed25519");
const verification = { trustedKey: publicKeyText(signingKey) };

const dir = await mkdtemp(path.join(tmpdir(), "expediente-bench-export-"));
try {
  const source = await freshDatabase(serverUrl, DATABASES.source);
  await timed(`fill ${ENTRIES} entries x ${REVISIONS} revisions`, () => fill(source));
  const first = path.join(dir, "first.tar");
  await timed("export", () => exportRecord({ connectionString: source, out: first, signingKey }));
  console.log(`archive size                             ${((await stat(first)).size / 2 ** 20).toFixed(1)} MiB`);
  const target = await freshDatabase(serverUrl, DATABASES.restore);
  await timed("import into an empty database", () => importRecord({ connectionString: target, input: first, verification }));
  const second = path.join(dir, "second.tar");
  await timed("export of the restored database", () => exportRecord({ connectionString: target, out: second, signingKey }));
  console.log(`byte-identical                           ${(await sha256(first)) === (await sha256(second))}`);
  const { counts } = await timed("merge into the restored database", () => mergeRecord({ connectionString: target, input: first, verification }));
  console.log(`merge added                              ${Object.values(counts).reduce((sum, c) => sum + c.added, 0)} rows`);
  const fresh = await freshDatabase(serverUrl, DATABASES.merge);
  const merged = await timed("merge into an empty database (all new)", () => mergeRecord({ connectionString: fresh, input: first, verification }));
  console.log(`merge added                              ${Object.values(merged.counts).reduce((sum, c) => sum + c.added, 0)} rows`);
  console.log(`peak rss                                 ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
} finally {
  await rm(dir, { recursive: true, force: true });
  for (const name of Object.values(DATABASES)) await dropDatabase(serverUrl, name);
}
