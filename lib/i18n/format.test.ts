import { describe, expect, it } from "vitest";
import { formatDate, formatNumber } from "./format";

const moment = new Date("2026-03-01T23:30:05Z");

describe("formatDate", () => {
  it("says UTC when it prints a UTC time, as the server and the hydrating render do", () => {
    expect(formatDate(moment, { locale: "en", style: "date-time", timeZone: "UTC" })).toBe("1 Mar 2026, 23:30 UTC");
    expect(formatDate(moment, { locale: "en", style: "time", timeZone: "UTC" })).toBe("23:30:05 UTC");
    expect(formatDate(moment, { locale: "en", style: "date", timeZone: "UTC" })).toBe("1 Mar 2026");
  });

  it("prints the reader's time zone once in the browser", () => {
    expect(formatDate(moment, { locale: "en", style: "date-time", timeZone: "America/Lima" })).toBe("1 Mar 2026, 18:30");
    expect(formatDate(moment, { locale: "en", style: "long-date", timeZone: "Asia/Tokyo" })).toBe("2 March 2026");
  });

  it("writes Spanish dates as in Peru", () => {
    expect(formatDate(moment, { locale: "es", style: "long-date", timeZone: "America/Lima" })).toBe("1 de marzo de 2026");
    // Peru writes times on a twelve-hour clock.
    expect(formatDate(moment, { locale: "es", style: "time", timeZone: "UTC" })).toBe("11:30:05 p. m. UTC");
    expect(formatDate(moment, { locale: "es", style: "date", timeZone: "UTC" })).toMatch(/^1 mar\.? 2026$/);
  });
});

describe("formatNumber", () => {
  it("groups digits as each language does", () => {
    expect(formatNumber(12345, "en")).toBe("12,345");
    expect(formatNumber(12345.5, "es")).toBe("12,345.5");
    expect(formatNumber(7, "es")).toBe("7");
  });
});
