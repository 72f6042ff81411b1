import { describe, expect, it } from "vitest";
import { countryCode } from "./country-code";

describe("countryCode", () => {
  it.each([
    ["Peru", "PE"],
    ["Perú", "PE"],
    [" peru ", "PE"],
    ["Colombia", "CO"],
    ["Bolivia", "BO"],
    ["pe", "PE"],
  ])("%s is %s", (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  it("answers null for what is not a country", () => {
    expect(countryCode("VRAEM")).toBeNull();
    expect(countryCode("")).toBeNull();
  });
});
