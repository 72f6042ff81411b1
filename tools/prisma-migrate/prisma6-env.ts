import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

// Prisma 6.19 CLI: skip engine downloads (the JS/wasm schema engine is used, no query engine needed).
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= "/dev/null";
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";
// The URL below is never connected to (the adapter is), but Prisma 6 insists on it.
process.env.PRISMA6_DUMMY_URL = "postgresql://unused@127.0.0.1:1/unused";

// Prisma 7 schemas must NOT have datasource.url; Prisma 6 requires it. Derive a Prisma 6 copy
// (url added, generators dropped) from the app's schema on every run.
export function prisma6Schema(): string {
  // EXPEDIENTE_SCHEMA lets the drift test diff a modified copy of the schema.
  const src = readFileSync(process.env.EXPEDIENTE_SCHEMA ?? path.join(here, "../../prisma/schema.prisma"), "utf8");
  const out = src.replace(/generator\s+\w+\s*\{[^}]*\}/g, "").replace(/(datasource\s+\w+\s*\{)/, `$1\n  url = env("PRISMA6_DUMMY_URL")`);
  const dir = path.join(here, ".schema");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "schema.prisma"), out);
  return path.join(dir, "schema.prisma");
}

export const migrationsPath = path.join(here, "../../prisma/migrations");
