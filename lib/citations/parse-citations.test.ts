import { describe, expect, it } from "vitest";
import { citedSlugs, findCitationProblems, parseCitations } from "./parse-citations";

describe("parseCitations", () => {
  it("reads a single marker, a locator, and several sources in one marker", () => {
    const markers = parseCitations("Toll [@ojo-publico]. Later [@ccffaa-005, p. 3] and [@a; @b, ch. 2].");
    expect(markers.map((m) => m.items)).toEqual([
      [{ slug: "ojo-publico" }],
      [{ slug: "ccffaa-005", locator: "p. 3" }],
      [{ slug: "a" }, { slug: "b", locator: "ch. 2" }],
    ]);
  });

  it("gives the 1-based line and column of each marker", () => {
    const markers = parseCitations("First line.\nSecond [@x] and\n  [@y]");
    expect(markers.map(({ line, column }) => ({ line, column }))).toEqual([
      { line: 2, column: 8 },
      { line: 3, column: 3 },
    ]);
  });

  it("ignores e-mail addresses, links, escaped brackets and prose in brackets", () => {
    const text = [
      "Write to press@example.org or [press@example.org].",
      "A [link](https://example.org) and [@handle](https://social.example/@handle).",
      "Not a citation: \\[@escaped].",
      "[see @x] is prose, [@ spaced] too, [@Upper] is no slug.",
    ].join("\n");
    expect(parseCitations(text)).toEqual([]);
  });

  it("ignores markers inside code spans and fenced code blocks", () => {
    const text = "Use `[@slug]` to cite.\n\n```\n[@in-fence]\n```\n\nReal [@real].";
    expect(citedSlugs(text)).toEqual(["real"]);
  });

  it("lists each cited slug once, in order of first appearance", () => {
    expect(citedSlugs("[@b] [@a; @b] [@c, p. 1] [@a]")).toEqual(["b", "a", "c"]);
  });
});

describe("findCitationProblems", () => {
  it("names each unknown source with its line and column", () => {
    const problems = findCitationProblems("Known [@known].\nUnknown [@known; @missing, p. 2].", new Set(["known"]));
    expect(problems).toEqual([{ slug: "missing", line: 2, column: 9, message: "[@missing] cites a source that does not exist (line 2, column 9)" }]);
  });

  it("finds nothing wrong when every source exists", () => {
    expect(findCitationProblems("[@a] [@b]", new Set(["a", "b"]))).toEqual([]);
  });
});
