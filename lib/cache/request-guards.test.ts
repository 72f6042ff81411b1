import { describe, expect, it } from "vitest";
import { isCrossOrigin, isWellFormedPath, loggedInput, MAX_ACTION_NESTING, nestingDepth, unknownActionId, unreadableActionBody } from "./request-guards";

describe("request guards", () => {
  it("finds malformed percent-encodings", () => {
    expect(isWellFormedPath("/events/%FF")).toBe(false);
    expect(isWellFormedPath("/api/v1/actors/a%FFb/revisions")).toBe(false);
    expect(isWellFormedPath("/events/%E2%82")).toBe(false);
    expect(isWellFormedPath("/events/caf%C3%A9")).toBe(true);
    expect(isWellFormedPath("/events/plain-slug")).toBe(true);
  });

  it("measures nesting outside strings, and stops past the limit", () => {
    expect(nestingDepth('["$K1",{"a":[1,2,{"b":"[[[[["}]}]')).toBe(4);
    expect(nestingDepth('"\\"[[[["')).toBe(0);
    expect(nestingDepth("[".repeat(10_000))).toBe(MAX_ACTION_NESTING + 1);
    expect(nestingDepth("Body text citing [@a] and [@b, p. 3]")).toBe(1);
  });
});

describe("server-action bodies that are not a call", () => {
  it("refuses text that is not JSON and references to parts a text body cannot carry", () => {
    for (const body of ["not json", '[{"key":', '["$1"]', '["$@7"]', '["$1:__proto__:constructor:constructor"]', '[["$K2"]]'])
      expect(unreadableActionBody(body), body).not.toBeNull();
  });
  it("lets through what React encodes inline", () => {
    for (const body of [
      '["abc",{"comment":"$$5 fee"}]',
      '[{"__proto__":null,"$Q0":"__proto__"}]',
      '["$undefined"]',
      '["$D2021-05-23T00:00:00.000Z"]',
      '["$Infinity","$-0","$NaN","$n12"]',
      "[]",
    ])
      expect(unreadableActionBody(body), body).toBeNull();
  });
  it("tells a cross-origin call from a same-origin one", () => {
    expect(isCrossOrigin("http://evil.example", "localhost:3000")).toBe(true);
    expect(isCrossOrigin("http://localhost:3000", "localhost:3000")).toBe(false);
    expect(isCrossOrigin(null, "localhost:3000")).toBe(false);
  });
});

describe("server-action ids", () => {
  const known = new Set(["40834cc6c2eea85d51f1a66e93045911a03e976a4f"]);
  it("tells an id that cannot be one from one this build does not have", () => {
    expect(unknownActionId("x".repeat(330), known)).toBe("invalid");
    expect(unknownActionId("40834CC6C2EEA85D51F1A66E93045911A03E976A4F", known)).toBe("invalid");
    expect(unknownActionId("0".repeat(42), known)).toBe("unknown");
    expect(unknownActionId("40834cc6c2eea85d51f1a66e93045911a03e976a4f", known)).toBeNull();
    // The build's list unread: Next judges a well-formed id.
    expect(unknownActionId("0".repeat(42), null)).toBeNull();
  });
  it("logs at most 64 characters of what a client sent", () => {
    expect(loggedInput("a".repeat(330))).toBe(`${"a".repeat(64)}…`);
    expect(loggedInput("short")).toBe("short");
  });
});
