import { describe, expect, it } from "vitest";
import { isWellFormedPath, MAX_ACTION_NESTING, nestingDepth } from "./request-guards";

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
