// Usage: npm run import -- --in record.tar
// Restores an export into an empty database (on the embedded default, EXPEDIENTE_DATA_DIR chooses the
// folder: a new one gets a new database, migrated and not seeded). Run through with-db.mjs --no-seed.
import path from "node:path";
import { parseArgs } from "node:util";
import { importRecord, ImportRefusedError } from "../lib/export/import-record";

function fail(message: string): never {
  console.error(`import: ${message}`);
  process.exit(1);
}

let values: { in?: string };
try {
  values = parseArgs({ options: { in: { type: "string" } } }).values;
} catch (error) {
  fail((error as Error).message);
}
if (!values.in) fail("say which archive to import: npm run import -- --in record.tar");
const connectionString = process.env.DATABASE_URL ?? fail("DATABASE_URL is not set (run through npm run import)");
try {
  const { counts } = await importRecord({ connectionString, input: path.resolve(values.in) });
  console.log(`[import] restored ${JSON.stringify(counts)}`);
} catch (error) {
  if (error instanceof ImportRefusedError) fail(`refused, nothing was written: ${error.message}`);
  if ((error as NodeJS.ErrnoException).code === "ENOENT") fail(`no such file: ${values.in}`);
  fail(`failed, nothing was written: ${error instanceof Error ? error.message : String(error)}`);
}
