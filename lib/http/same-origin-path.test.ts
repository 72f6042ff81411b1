import { describe, expect, it } from "vitest";
import { sameOriginPath } from "./same-origin-path";

const ORIGIN = "http://localhost:3000";

describe("sameOriginPath", () => {
  it("keeps same-origin paths with their query and fragment", () => {
    expect(sameOriginPath("/studio/review/abc?x=1#c", ORIGIN)).toBe("/studio/review/abc?x=1#c");
    expect(sameOriginPath("/studio", ORIGIN)).toBe("/studio");
    expect(sameOriginPath("http://localhost:3000/studio/entries", ORIGIN)).toBe("/studio/entries");
  });

  // Every spelling of "another site" we know of, as the query string delivers it (already %-decoded once).
  const OFFSITE = [
    "/\\evil.example/phish", // /%5Cevil.example/phish, defect 5
    "\\\\evil.example/phish",
    "\\/evil.example",
    "//evil.example/phish",
    "///evil.example/phish",
    "////evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    " //evil.example",
    "https://evil.example/phish",
    "http://evil.example",
    "HTTPS://evil.example",
    "https:evil.example",
    "http:\\\\evil.example",
    "//localhost:3000@evil.example",
    "http://localhost:3000@evil.example/",
    "http://localhost:3001/studio",
    "https://localhost:3000/studio",
    "/.//evil.example",
    "/studio/..//evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "",
    "   ",
  ];
  it.each(OFFSITE)("sends %j to the fallback, never off the site", (value) => {
    expect(sameOriginPath(value, ORIGIN)).toBe("/studio");
  });

  it("sends %2F%2F (an encoded double slash, decoded by the query string once) nowhere else", () => {
    expect(sameOriginPath(decodeURIComponent("%2F%2Fevil.example"), ORIGIN)).toBe("/studio");
    // Still encoded (decoded by nobody): a harmless path on this site.
    expect(sameOriginPath("/%2F%2Fevil.example", ORIGIN)).toBe("/%2F%2Fevil.example");
  });

  it("refuses what is not a string", () => {
    expect(sameOriginPath(undefined, ORIGIN)).toBe("/studio");
    expect(sameOriginPath(["/studio/review"], ORIGIN)).toBe("/studio");
    expect(sameOriginPath(null, ORIGIN, "/")).toBe("/");
  });
});
