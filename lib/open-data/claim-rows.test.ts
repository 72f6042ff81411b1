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
    expect(rows[0]).toMatchObject({ entry_kind: "events", value_iso: "", value_precision: "", value_date: "", as_of: "", as_of_precision: "" });
    expect(CSV_HEADER.startsWith("entry_kind,entry_slug,")).toBe(true);
  });

  it("gives a date claim its ISO 8601 value only as precise as the sources, and as_of the same way", () => {
    const entry = { kind: "actor" as const, slug: "x", title: "X", revision: 1, publishedAt: new Date("2021-05-25T10:00:00Z") };
    const claim = (id: string, date: Record<string, unknown>, asOf?: Record<string, unknown>) => ({
      id,
      property: "date",
      value: { type: "date", date },
      ...(asOf ? { qualifiers: { asOf } } : {}),
      nature: "asserted",
      rank: "normal",
      citations: [{ source: "paper" }],
    });
    const rows = claimRows(
      entry,
      [
        claim("day", { year: 2021, month: 5, day: 23, precision: "day" }, { year: 2018, precision: "year" }),
        claim("month", { year: 2021, month: 5, precision: "month" }),
        claim("year", { year: 2014, precision: "year" }, { year: 2021, month: 5, day: 2, precision: "week" }),
        claim("around", { year: 2021, month: 5, day: 10, precision: "days" }),
        claim("no-year", { month: 2, precision: "month" }),
        claim("unknown", { precision: "unknown", note: "The source gives no date" }),
      ] as never,
      () => undefined,
    );
    const cells = rows.map((r) => [r.claim_id, r.entry_kind, r.value_iso, r.value_precision, r.value_date, r.as_of, r.as_of_precision]);
    expect(cells).toEqual([
      ["day", "actors", "2021-05-23", "day", "2021-05-23", "2018", "year"],
      ["month", "actors", "2021-05", "month", "", "", ""],
      ["year", "actors", "2014", "year", "", "2021-05-02", "week"],
      // "around 10 May": the ISO value keeps the day the source gives, the date column does not claim it.
      ["around", "actors", "2021-05-10", "days", "", "", ""],
      // A month without a year is not guessed into one: no ISO value, the precision says what is known.
      ["no-year", "actors", "", "month", "", "", ""],
      ["unknown", "actors", "", "unknown", "", "", ""],
    ]);
    expect(rows[0]!.value).toBe("23 May 2021");
  });
});
