import { describe, expect, it } from "vitest";
import { nulCharacterErrors, withoutNulCharacters } from "./field-errors";

describe("NUL characters, which PostgreSQL cannot store", () => {
  const content = { title: "Fine", claims: [{ note: "bad\u0000note", citations: [{ quote: "also\u0000bad" }] }], body: "a \\u0000 typed as text" };

  it("are named at their field path", () => {
    expect(Object.keys(nulCharacterErrors(content))).toEqual(["claims.0.note", "claims.0.citations.0.quote"]);
    expect(nulCharacterErrors({ title: "clean" })).toEqual({});
  });

  it("are dropped from scratch copies, leaving text that merely looks like an escape", () => {
    expect(withoutNulCharacters(content)).toEqual({ title: "Fine", claims: [{ note: "badnote", citations: [{ quote: "alsobad" }] }], body: "a \\u0000 typed as text" });
  });
});
