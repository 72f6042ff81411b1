// Usage: npm run export -- --out record.tar [--with-secrets]
//        npm run export -- --print-public-key
// Writes the whole record with its history (docs/export-format.md), signed with the instance's Ed25519
// key (EXPEDIENTE_SIGNING_KEY_FILE, generated on first use); run through with-db.mjs.
import path from "node:path";
import { parseArgs } from "node:util";
import { exportRecord } from "../lib/export/export-record";
import { instanceSigningKey } from "../lib/export/signing-key";

function fail(message: string): never {
  console.error(`export: ${message}`);
  process.exit(1);
}

let values: { out?: string; "with-secrets"?: boolean; "print-public-key"?: boolean };
try {
  values = parseArgs({
    options: { out: { type: "string" }, "with-secrets": { type: "boolean", default: false }, "print-public-key": { type: "boolean", default: false } },
  }).values;
} catch (error) {
  fail((error as Error).message);
}
try {
  const key = await instanceSigningKey();
  if (key.isNew) console.error(`[export] generated this instance's signing key in ${key.file}: keep it, and back it up with the database`);
  if (values["print-public-key"]) {
    // Only the key on stdout, so `$(npm run -s export -- --print-public-key)` can be passed on as it is.
    console.log(key.publicKey);
    process.exit(0);
  }
  if (!values.out) fail("say where to write the archive: npm run export -- --out record.tar");
  const connectionString = process.env.DATABASE_URL ?? fail("DATABASE_URL is not set (run through npm run export)");
  const out = path.resolve(values.out);
  const { manifest, manifestSha256, publicKey } = await exportRecord({
    connectionString,
    out,
    withSecrets: values["with-secrets"],
    signingKey: key.privateKey,
  });
  const rows = Object.fromEntries(manifest.parts.map((p) => [p.table, p.rows]));
  console.log(`[export] wrote ${out}`);
  console.log(`[export] ${JSON.stringify(rows)}`);
  console.log(`[export] manifest SHA-256 ${manifestSha256}${manifest.withSecrets ? " (includes password hashes: keep it private)" : ""}`);
  console.log(`[export] signed by public key ${publicKey} (npm run export -- --print-public-key prints it again)`);
  console.log(`[export] to import it elsewhere: npm run import -- --in ${path.basename(out)} --trusted-key ${publicKey}`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
