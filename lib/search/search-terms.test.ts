import { describe, expect, it } from "vitest";
import { buildSnippet, isNearMiss } from "./snippet";
import { forgivingTsQuery, highlightTerms, parseQuery } from "./search-terms";

describe("the forgiving query", () => {
  it("makes every word a prefix, folded", () => {
    expect(forgivingTsQuery(parseQuery("Vizcá"))).toBe("'vizca':*");
    expect(forgivingTsQuery(parseQuery("San Miguel"))).toBe("'san':* & 'miguel':*");
  });

  it("leaves words under three letters exact", () => {
    expect(forgivingTsQuery(parseQuery("de ene"))).toBe("'de' & 'ene':*");
  });

  it("expands the record's synonyms, phrases included, plurals too", () => {
    expect(forgivingTsQuery(parseQuery("masacres"))).toBe("('massacre':* | 'masacre':* | 'matanza':*)");
    expect(forgivingTsQuery(parseQuery("Sendero Luminoso 2021"))).toBe("(('shining' <-> 'path':*) | ('sendero' <-> 'luminoso':*) | 'sendero':*) & '2021':*");
  });

  it("cannot be broken out of by tsquery syntax", () => {
    expect(forgivingTsQuery(parseQuery("a' | !b:* & (c)"))).toBe("'a' & 'b' & 'c'");
    expect(forgivingTsQuery(parseQuery("  ¡¿'\" "))).toBeNull();
  });
});

describe("snippets", () => {
  it("marks synonyms and near misses of what was typed", () => {
    expect(highlightTerms("matanza")).toEqual(["massacre", "masacre", "matanza"]);
    const marked = (text: string, q: string) =>
      buildSnippet(text, q)
        .filter((p) => p.isMatch)
        .map((p) => p.text);
    expect(marked("The San Miguel del Ene massacre in Vizcatán del Ene.", "masacre vizcatn")).toEqual(["massacre", "Vizcatán"]);
  });

  it("keeps markup as text", () => {
    const parts = buildSnippet("<b>Vizcatán</b> & co", "vizcatan");
    expect(parts.map((p) => p.text).join("")).toBe("<b>Vizcatán</b> & co");
  });

  it("forgives one edit in a word of five letters, two from nine", () => {
    expect(isNearMiss("vizcatn", "vizcatan")).toBe(true);
    expect(isNearMiss("vizcn", "vizcatan")).toBe(false);
    expect(isNearMiss("asesnados", "asesinadas")).toBe(true);
    expect(isNearMiss("peru", "pera")).toBe(false);
  });
});
