import { describe, expect, it } from "vitest";
import { claimRows, csvField, CSV_HEADER } from "./claim-rows";

describe("claims as open data", () => {
  it("escapes CSV fields and defuses formulas", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('says "18", then 16')).toBe('"says ""18"", then 16"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-1")).toBe("'-1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
  });

  it("gives one row per claim and citation, with names of who asserts and what is cited", () => {
    const titles = new Map([
      ["actor:army", "The Army"],
      ["source:paper", "The Paper"],
    ]);
    const rows = claimRows(
      { kind: "event", slug: "attack", title: "Attack", revision: 3, publishedAt: new Date("2021-05-25T10:00:00Z") },
      [
        {
          id: "toll",
          property: "fatalities",
          value: { type: "range", low: 14, high: 18 },
          assertedBy: "army",
          nature: "estimated",
          rank: "normal",
          citations: [
            { source: "paper", locator: "p. 2", quote: "14 to 18" },
            { source: "gone", locator: "p. 3" },
          ],
        },
      ],
      (kind, slug) => titles.get(`${kind}:${slug}`),
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      value: "14–18",
      low: "14",
      high: "18",
      asserted_by_name: "The Army",
      source_title: "The Paper",
      quote: "14 to 18",
      revision: "3",
    });
    expect(rows[1]).toMatchObject({ source: "gone", source_title: "", locator: "p. 3" });
    expect(CSV_HEADER.startsWith("entry_kind,entry_slug,")).toBe(true);
  });
});
