// Usage: npm run import -- --in record.tar (--trusted-key <file or base64> | --expect-sha256 <hex> | --unverified) [--merge]
// Restores an export into an empty database (on the embedded default, EXPEDIENTE_DATA_DIR chooses the
// folder: a new one gets a new database, migrated and not seeded). With --merge, adds the archive's new
// entries, users and captures to a database that already holds a record, keeping what it has
// (docs/decisions/010-import-merge.md). Either way the archive's origin is checked first: its signature
// against the exporting instance's public key, or its manifest against the SHA-256 its export printed
// (docs/export-format.md, "Signature"). Run through with-db.mjs --no-seed.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { ArchiveVerification, VerifiedOrigin } from "../lib/export/archive-signature";
import { importRecord, ImportRefusedError } from "../lib/export/import-record";
import { mergeRecord } from "../lib/export/merge-record";

const USAGE = "npm run import -- --in record.tar (--trusted-key <file or base64> | --expect-sha256 <hex> | --unverified) [--merge]";

function fail(message: string): never {
  console.error(`import: ${message}`);
  process.exit(1);
}

let values: { in?: string; merge?: boolean; "trusted-key"?: string; "expect-sha256"?: string; unverified?: boolean };
try {
  values = parseArgs({
    options: {
      in: { type: "string" },
      merge: { type: "boolean" },
      "trusted-key": { type: "string" },
      "expect-sha256": { type: "string" },
      unverified: { type: "boolean" },
    },
  }).values;
} catch (error) {
  fail(`${(error as Error).message} (usage: ${USAGE})`);
}
if (!values.in) fail(`say which archive to import: ${USAGE}`);
const connectionString = process.env.DATABASE_URL ?? fail("DATABASE_URL is not set (run through npm run import)");
const input = path.resolve(values.in);

/** --trusted-key names a file holding the key (PEM or base64) or is the base64 text itself. */
async function trustedKeyText(value: string | undefined): Promise<string | undefined> {
  if (value === undefined) return undefined;
  try {
    return await readFile(path.resolve(value), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT" && (error as NodeJS.ErrnoException).code !== "ENAMETOOLONG") {
      fail(`cannot read --trusted-key ${value}: ${(error as Error).message}`);
    }
    return value;
  }
}

function describe(origin: VerifiedOrigin): string {
  switch (origin.method) {
    case "signature":
      return `signature verified against ${origin.publicKey}`;
    case "signature+sha256":
      return `signature verified against ${origin.publicKey}, manifest SHA-256 as expected`;
    case "sha256":
      return "manifest SHA-256 as expected";
    case "unverified":
      return "NOT verified (--unverified): the audit log records it";
  }
}

try {
  const verification: ArchiveVerification = {
    trustedKey: await trustedKeyText(values["trusted-key"]),
    expectedSha256: values["expect-sha256"],
    isUnverified: values.unverified ?? false,
  };
  if (values.merge) {
    const { counts, origin } = await mergeRecord({ connectionString, input, verification });
    console.log(`[import] origin: ${describe(origin)}`);
    const total = Object.values(counts).reduce((sum, c) => sum + c.added, 0);
    console.log(total === 0 ? "[import] merged: the database already had everything in the archive; nothing was written" : "[import] merged:");
    for (const [table, { added, skipped }] of Object.entries(counts)) {
      console.log(`  ${table.padEnd(15)} ${String(added).padStart(8)} added ${String(skipped).padStart(8)} already there (kept as they are)`);
    }
  } else {
    const { counts, origin } = await importRecord({ connectionString, input, verification });
    console.log(`[import] origin: ${describe(origin)}`);
    console.log(`[import] restored ${JSON.stringify(counts)}`);
  }
} catch (error) {
  if (error instanceof ImportRefusedError) fail(`refused, nothing was written: ${error.message}`);
  if ((error as NodeJS.ErrnoException).code === "ENOENT") fail(`no such file: ${values.in}`);
  fail(`failed, nothing was written: ${error instanceof Error ? error.message : String(error)}`);
}
