// Usage: npm run import -- --in record.tar [--merge]
// Restores an export into an empty database (on the embedded default, EXPEDIENTE_DATA_DIR chooses the
// folder: a new one gets a new database, migrated and not seeded). With --merge, adds the archive's new
// entries, users and captures to a database that already holds a record, keeping what it has
// (docs/decisions/010-import-merge.md). Run through with-db.mjs --no-seed.
import path from "node:path";
import { parseArgs } from "node:util";
import { importRecord, ImportRefusedError } from "../lib/export/import-record";
import { mergeRecord } from "../lib/export/merge-record";

function fail(message: string): never {
  console.error(`import: ${message}`);
  process.exit(1);
}

let values: { in?: string; merge?: boolean };
try {
  values = parseArgs({ options: { in: { type: "string" }, merge: { type: "boolean" } } }).values;
} catch (error) {
  fail((error as Error).message);
}
if (!values.in) fail("say which archive to import: npm run import -- --in record.tar [--merge]");
const connectionString = process.env.DATABASE_URL ?? fail("DATABASE_URL is not set (run through npm run import)");
const input = path.resolve(values.in);
try {
  if (values.merge) {
    const { counts } = await mergeRecord({ connectionString, input });
    const total = Object.values(counts).reduce((sum, c) => sum + c.added, 0);
    console.log(total === 0 ? "[import] merged: the database already had everything in the archive; nothing was written" : "[import] merged:");
    for (const [table, { added, skipped }] of Object.entries(counts)) {
      console.log(`  ${table.padEnd(15)} ${String(added).padStart(8)} added ${String(skipped).padStart(8)} already there (kept as they are)`);
    }
  } else {
    const { counts } = await importRecord({ connectionString, input });
    console.log(`[import] restored ${JSON.stringify(counts)}`);
  }
} catch (error) {
  if (error instanceof ImportRefusedError) fail(`refused, nothing was written: ${error.message}`);
  if ((error as NodeJS.ErrnoException).code === "ENOENT") fail(`no such file: ${values.in}`);
  fail(`failed, nothing was written: ${error instanceof Error ? error.message : String(error)}`);
}
