import { describe, expect, it } from "vitest";
import { formatTimestamp } from "./timestamp";

const moment = new Date("2026-03-01T23:30:05Z");

describe("formatTimestamp", () => {
  it("says UTC when it prints a UTC time, as the server and the hydrating render do", () => {
    expect(formatTimestamp(moment, "date-time", "UTC")).toBe("1 Mar 2026, 23:30 UTC");
    expect(formatTimestamp(moment, "time", "UTC")).toBe("23:30:05 UTC");
    expect(formatTimestamp(moment, "date", "UTC")).toBe("1 Mar 2026");
  });

  it("prints the reader's time zone once in the browser", () => {
    expect(formatTimestamp(moment, "date-time", "America/Lima")).toBe("1 Mar 2026, 18:30");
    expect(formatTimestamp(moment, "long-date", "Asia/Tokyo")).toBe("2 March 2026");
  });
});
