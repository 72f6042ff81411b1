import { describe, expect, it } from "vitest";
import { bibtexEscape, citationBibtex, citationCsl, citationText, entryVersion, releaseVersion } from "./cite-record";

const origin = "https://expediente.example";
const revision = entryVersion({
  origin,
  kindPath: "events",
  slug: "san-miguel-del-ene-attack",
  title: "Attack in San Miguel del Ene",
  revision: 5,
  publishedAt: new Date("2021-05-25T22:30:00.000Z"),
});
const release = releaseVersion({
  origin,
  title: "Expediente: the published record",
  number: 12,
  releasedAt: new Date("2026-12-07T20:00:00Z"),
  licence: "CC BY 4.0",
});

/** Braces balance in a BibTeX value, counting only unescaped ones, and never go below zero. */
function bracesBalance(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (text[i] === "{") depth++;
    if (text[i] === "}") depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe("cite this record", () => {
  it("names the version and its permanent address in the text citation", () => {
    expect(citationText(revision)).toBe(
      "Expediente. “Attack in San Miguel del Ene” (revision 5, 2021-05-25). Expediente. https://expediente.example/events/san-miguel-del-ene-attack/history/5",
    );
    expect(citationText(release)).toBe(
      "Expediente. Expediente: the published record [data set] (release 12, 2026-12-07). Expediente. CC BY 4.0. https://expediente.example/data/releases/12",
    );
  });

  it("escapes TeX's special characters in BibTeX, so a title neither breaks the entry nor runs TeX", () => {
    expect(bibtexEscape("50% & rising_{x} #1 $5 ~a^b \\input{x}")).toBe(
      "50\\% \\& rising\\_\\{x\\} \\#1 \\$5 \\textasciitilde{}a\\textasciicircum{}b \\textbackslash{}input\\{x\\}",
    );
    const hostile = { ...revision, title: "Toll: {18} } @misc{evil, title={x}\n\\end{document} 100%" };
    const bib = citationBibtex(hostile);
    expect(bib.startsWith("@misc{expediente-events-san-miguel-del-ene-attack-r5,\n")).toBe(true);
    expect(bracesBalance(bib)).toBe(true);
    // One entry only: the title's "@misc{" is text inside a field, and no unescaped brace closes it early.
    const titleLine = bib.split("\n").find((line) => line.trimStart().startsWith("title ="))!;
    expect(titleLine).toBe("  title = {{Toll: \\{18\\} \\} @misc\\{evil, title=\\{x\\} \\textbackslash{}end\\{document\\} 100\\%}},");
    expect(bib).not.toMatch(/[^\\]%/);
  });

  it("writes BibTeX fields for the version, the date and the address", () => {
    const bib = citationBibtex(revision);
    expect(bib).toContain("  author = {{Expediente}},");
    expect(bib).toContain("  year = {2021},");
    expect(bib).toContain("  month = {may},");
    expect(bib).toContain("  version = {5},");
    expect(bib).toContain("  url = {https://expediente.example/events/san-miguel-del-ene-attack/history/5},");
    expect(bib.endsWith("}\n")).toBe(true);
    expect(citationBibtex(release)).toContain("  note = {Data set, release 12, 2026-12-07. CC BY 4.0}");
  });

  it("gives CSL-JSON that a citation processor reads: an array of items with a type, a title, date parts and a URL", () => {
    for (const work of [revision, release]) {
      const parsed = JSON.parse(JSON.stringify(citationCsl(work))) as Record<string, unknown>[];
      expect(parsed).toHaveLength(1);
      const item = parsed[0]!;
      expect(item.id).toMatch(/^[A-Za-z0-9-]+$/);
      expect(["dataset", "entry-encyclopedia"]).toContain(item.type);
      expect(item.title).toBe(work.title);
      expect(item.author).toEqual([{ literal: "Expediente" }]);
      const [[year, month, day]] = (item.issued as { "date-parts": number[][] })["date-parts"] as [number[]];
      expect([year, month, day].every((n) => Number.isInteger(n))).toBe(true);
      expect(item.URL).toBe(work.url);
      expect(item.version).toBe(String(work.version));
    }
    expect(citationCsl(revision)[0]).toMatchObject({ type: "entry-encyclopedia", "container-title": "Expediente", issued: { "date-parts": [[2021, 5, 25]] } });
    expect(citationCsl(release)[0]).toMatchObject({ type: "dataset", issued: { "date-parts": [[2026, 12, 7]] }, note: "CC BY 4.0" });
  });
});
