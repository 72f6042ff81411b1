import { describe, expect, it } from "vitest";
import { unstorableTextErrors, withStorableText } from "./field-errors";

describe("text PostgreSQL cannot store: NUL and half a surrogate pair", () => {
  const content = {
    title: "Fine 😀",
    claims: [{ note: "bad\u0000note", citations: [{ quote: "cut \ud83d emoji" }] }],
    body: "a \\u0000 typed as text",
  };

  it("are named at their field path", () => {
    expect(Object.keys(unstorableTextErrors(content))).toEqual(["claims.0.note", "claims.0.citations.0.quote"]);
    expect(unstorableTextErrors({ title: "clean 😀" })).toEqual({});
  });

  it("are dropped from scratch copies, leaving text that merely looks like an escape", () => {
    expect(withStorableText(content)).toEqual({
      title: "Fine 😀",
      claims: [{ note: "badnote", citations: [{ quote: "cut \ufffd emoji" }] }],
      body: "a \\u0000 typed as text",
    });
  });
});
