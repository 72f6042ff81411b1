// Usage: npm run export -- --out record.tar [--with-secrets]
// Writes the whole record with its history (docs/export-format.md); run through with-db.mjs.
import path from "node:path";
import { parseArgs } from "node:util";
import { exportRecord } from "../lib/export/export-record";

function fail(message: string): never {
  console.error(`export: ${message}`);
  process.exit(1);
}

let values: { out?: string; "with-secrets"?: boolean };
try {
  values = parseArgs({ options: { out: { type: "string" }, "with-secrets": { type: "boolean", default: false } } }).values;
} catch (error) {
  fail((error as Error).message);
}
if (!values.out) fail("say where to write the archive: npm run export -- --out record.tar");
const connectionString = process.env.DATABASE_URL ?? fail("DATABASE_URL is not set (run through npm run export)");
const out = path.resolve(values.out);
try {
  const { manifest, manifestSha256 } = await exportRecord({ connectionString, out, withSecrets: values["with-secrets"] });
  const rows = Object.fromEntries(manifest.parts.map((p) => [p.table, p.rows]));
  console.log(`[export] wrote ${out}`);
  console.log(`[export] ${JSON.stringify(rows)}`);
  console.log(`[export] manifest SHA-256 ${manifestSha256}${manifest.withSecrets ? " (includes password hashes: keep it private)" : ""}`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
