// Diff of prisma/migrations -> prisma/schema.prisma with Prisma 6.19's wasm schema engine on an
// in-memory PGlite (tools/prisma-migrate): Prisma 7 cannot do this offline. Used by db:new and the drift test.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./db.mjs";

const TOOL = path.join(ROOT, "tools", "prisma-migrate");
const CLI = path.join(TOOL, "node_modules", "prisma", "build", "index.js");
export const MIGRATIONS = path.join(ROOT, "prisma", "migrations");

export function ensureMigrateTool() {
  if (existsSync(CLI)) return;
  const install = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: TOOL, stdio: ["ignore", "inherit", "inherit"] });
  if (install.status !== 0) throw new Error("could not install tools/prisma-migrate");
}

/** @returns {{ hasChanges: boolean, sql: string }} */
export function diffMigrationsToSchema({ schema = path.join(ROOT, "prisma", "schema.prisma") } = {}) {
  // The tool's config derives its Prisma 6 schema from EXPEDIENTE_SCHEMA when evaluated.
  ensureMigrateTool();
  const result = spawnSync(
    process.execPath,
    [
      CLI,
      "migrate",
      "diff",
      "--config",
      path.join(TOOL, "pglite.config.ts"),
      "--from-migrations",
      MIGRATIONS,
      "--to-schema-datamodel",
      path.join(TOOL, ".schema", "schema.prisma"),
      "--script",
      "--exit-code",
    ],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, EXPEDIENTE_SCHEMA: schema } },
  );
  if (result.status === 0) return { hasChanges: false, sql: result.stdout };
  if (result.status === 2) return { hasChanges: true, sql: result.stdout };
  throw new Error(`prisma migrate diff failed (exit ${result.status}):\n${result.stderr}`);
}
