// "No other code writes the generation" (issue 23), checked over the source tree: the bump statement is
// written once, run by two functions, and those are called only by the one module of a public change.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCE_DIRS = ["app", "components", "lib", "scripts", "prisma", "bench", "tools"];
const SOURCE_FILES = ["proxy.ts", "instrumentation.ts", "next.config.js", "server.ts"];

function* sourceFiles(dir: string): Generator<string> {
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    if (item.name === "node_modules" || item.name === "generated" || item.name.startsWith(".")) continue;
    const full = path.join(dir, item.name);
    if (item.isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx|mts|js|mjs|cjs)$/.test(item.name) && !/\.test\.tsx?$/.test(item.name)) yield full;
  }
}

const files = new Map<string, string>();
for (const dir of SOURCE_DIRS) {
  try {
    for (const file of sourceFiles(path.join(ROOT, dir))) files.set(path.relative(ROOT, file), readFileSync(file, "utf8"));
  } catch {
    // a folder this checkout does not have
  }
}
for (const file of SOURCE_FILES) {
  try {
    files.set(file, readFileSync(path.join(ROOT, file), "utf8"));
  } catch {
    // not in this checkout
  }
}

const filesMatching = (pattern: RegExp) =>
  [...files]
    .filter(([, text]) => pattern.test(text))
    .map(([file]) => file)
    .sort();

describe("the public generation has one writer", () => {
  it("reads the source tree", () => {
    expect(files.has("lib/publication/public-change.ts")).toBe(true);
    expect(files.size).toBeGreaterThan(100);
  });

  it("writes the bump statement once, in the generation's own module", () => {
    // Raw SQL that inserts into or updates the Setting table, in any quoting.
    const writesSetting = /\b(?:INSERT\s+INTO|UPDATE)\s+"?Setting"?/i;
    expect(filesMatching(writesSetting)).toEqual(["lib/cache/generation-query.mjs", "lib/export/merge-record.ts"]);
    // The merge copies the archive's other settings and leaves the generation out.
    const merge = files.get("lib/export/merge-record.ts")!;
    const copy = merge.split("\n").find((line) => writesSetting.test(line))!;
    expect(copy).toMatch(/FROM "merge_Setting" WHERE "key" <> \$1/);
    // Through Prisma's model API, nobody writes settings at all.
    expect(filesMatching(/\.setting\.(?:create|createMany|update|updateMany|upsert|delete|deleteMany)\b/)).toEqual([]);
  });

  it("runs the bump only through public-change.ts (and the seed's first load of an empty database)", () => {
    expect(filesMatching(/\bbumpPublicGeneration\s*\(/)).toEqual([
      "lib/cache/public-generation.ts",
      "lib/publication/public-change.ts",
      "prisma/seed/load-record.ts",
    ]);
    expect(filesMatching(/\bBUMP_GENERATION_SQL\b/)).toEqual([
      "lib/cache/generation-query.mjs",
      "lib/cache/public-generation.ts",
      "lib/publication/public-change.ts",
    ]);
  });

  it("drops cached pages only through public-change.ts, after the commit", () => {
    expect(filesMatching(/\binvalidatePublicPages\s*\(/)).toEqual(["lib/cache/invalidate-public-pages.ts", "lib/publication/public-change.ts"]);
  });
});
