import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diffMigrationsToSchema } from "../../scripts/prisma-diff.mjs";
import { ROOT } from "./run-script";

describe("schema.prisma and prisma/migrations", () => {
  it("agree", () => {
    const { hasChanges, sql } = diffMigrationsToSchema();
    expect(sql.trim() === "" || sql.includes("empty migration") ? "" : sql).toBe("");
    expect(hasChanges).toBe(false);
  }, 60_000);

  it("disagree when a model field is added without a migration", () => {
    const schema = readFileSync(path.join(ROOT, "prisma", "schema.prisma"), "utf8").replace(
      "model Setting {\n  key   String @id",
      "model Setting {\n  key   String @id\n  addedWithoutMigration String?",
    );
    const file = path.join(mkdtempSync(path.join(tmpdir(), "drift-")), "schema.prisma");
    writeFileSync(file, schema);
    const { hasChanges, sql } = diffMigrationsToSchema({ schema: file });
    expect(hasChanges).toBe(true);
    expect(sql).toContain('ADD COLUMN     "addedWithoutMigration" TEXT');
  }, 60_000);
});
