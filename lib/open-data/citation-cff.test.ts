// CITATION.cff is read by GitHub's "Cite this repository" and by Zotero; no YAML parser is a dependency
// of the project, so its required keys are read line by line (top-level `key: value` lines only).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_LICENSE } from "./data-package";

const text = readFileSync(path.resolve(import.meta.dirname, "../../CITATION.cff"), "utf8");
const topLevel = new Map(
  text
    .split("\n")
    .filter((line) => /^[a-z][a-z-]*:/.test(line))
    .map((line) => {
      const [key, ...rest] = line.split(":");
      return [
        key!,
        rest
          .join(":")
          .trim()
          .replace(/^"(.*)"$/, "$1"),
      ] as const;
    }),
);

describe("CITATION.cff", () => {
  it("has the keys CFF 1.2.0 requires, as a dataset under the data licence", () => {
    expect(topLevel.get("cff-version")).toBe("1.2.0");
    expect(topLevel.get("title")).toMatch(/Expediente/);
    expect(topLevel.get("message")?.length).toBeGreaterThan(10);
    expect(topLevel.get("type")).toBe("dataset");
    expect(topLevel.get("license")).toBe(DATA_LICENSE.name);
    expect(topLevel.get("url")).toMatch(/^https:\/\/[^\s]+$/);
    expect(topLevel.get("authors")).toBe("");
  });

  it("names the organisation as its author", () => {
    const authors = text
      .slice(text.indexOf("\nauthors:") + 1)
      .split("\n")
      .slice(1);
    expect(authors[0]).toBe('  - name: "Expediente"');
  });

  it("is plain YAML that a CFF reader takes: no tabs, UTF-8 text ending with a newline", () => {
    expect(text).not.toMatch(/\t/);
    expect(text.endsWith("\n")).toBe(true);
  });
});
