import { describe, expect, it } from "vitest";
import { partialDateSchema } from "./common-schema";
import { formatEventDate, formatPartialDate, partialDateToIso } from "./format-date";

describe("formatPartialDate", () => {
  it("writes an exact day", () => {
    expect(formatPartialDate({ year: 2021, month: 5, day: 23, precision: "day" })).toBe("23 May 2021");
  });

  it("writes a month and a year", () => {
    expect(formatPartialDate({ year: 2021, month: 5, precision: "month" })).toBe("May 2021");
    expect(formatPartialDate({ year: 2008, precision: "year" })).toBe("2008");
  });

  it("says the year is not given instead of guessing it", () => {
    expect(formatPartialDate({ month: 2, precision: "month" })).toBe("February (year not given)");
    expect(formatPartialDate({ month: 2, day: 29, precision: "day" })).toBe("29 February (year not given)");
  });

  it("words vague days and weeks", () => {
    expect(formatPartialDate({ year: 2021, month: 5, day: 23, precision: "days" })).toBe("around 23 May 2021");
    expect(formatPartialDate({ year: 2021, month: 5, day: 23, precision: "week" })).toBe("week of 23 May 2021");
    expect(formatPartialDate({ year: 2021, month: 5, precision: "week" })).toBe("May 2021");
  });

  it("ignores a day finer than the precision", () => {
    expect(formatPartialDate({ year: 2021, month: 5, day: 23, precision: "month" })).toBe("May 2021");
  });
});

describe("partialDateToIso", () => {
  it("gives as many parts as the precision allows", () => {
    expect(partialDateToIso({ year: 2021, month: 5, day: 3, precision: "day" })).toBe("2021-05-03");
    expect(partialDateToIso({ year: 2021, month: 5, day: 3, precision: "week" })).toBe("2021-05-03");
    expect(partialDateToIso({ year: 2021, month: 5, day: 3, precision: "month" })).toBe("2021-05");
    expect(partialDateToIso({ year: 2021, month: 5, precision: "month" })).toBe("2021-05");
    expect(partialDateToIso({ year: 2016, precision: "year" })).toBe("2016");
  });

  it("is null without a year", () => {
    expect(partialDateToIso({ month: 2, day: 10, precision: "day" })).toBeNull();
  });
});

describe("formatEventDate", () => {
  const start = { year: 2021, month: 5, day: 23, precision: "day" as const };

  it("adds the local time and its UTC offset", () => {
    expect(formatEventDate({ start, localTime: "22:00", utcOffset: "-05:00" })).toBe("23 May 2021, around 22:00 (UTC\u221205:00)");
    expect(formatEventDate({ start, localTime: "22:00", utcOffset: "+01:00" })).toBe("23 May 2021, around 22:00 (UTC+01:00)");
  });

  it("says a time without offset is local", () => {
    expect(formatEventDate({ start, localTime: "06:30" })).toBe("23 May 2021, around 06:30 (local time)");
  });

  it("leaves out an offset without a time", () => {
    expect(formatEventDate({ start, utcOffset: "-05:00" })).toBe("23 May 2021");
  });

  it("keeps the precision's wording", () => {
    expect(formatEventDate({ start: { ...start, precision: "days" } })).toBe("around 23 May 2021");
    expect(formatEventDate({ start: { ...start, precision: "week" } })).toBe("week of 23 May 2021");
  });

  it("compacts spans of exact days", () => {
    expect(formatEventDate({ start, end: { ...start, day: 25 } })).toBe("23\u201325 May 2021");
    expect(formatEventDate({ start: { ...start, day: 30 }, end: { year: 2021, month: 6, day: 2, precision: "day" } })).toBe("30 May \u2013 2 June 2021");
    expect(formatEventDate({ start, end: { year: 2022, month: 1, precision: "month" } })).toBe("23 May 2021 \u2013 January 2022");
  });
});

describe("a date the sources do not give", () => {
  const notGiven = { precision: "unknown" as const, note: "The source says only “Monday”." };

  it("is said, not guessed", () => {
    expect(formatPartialDate(notGiven)).toBe("date not given");
    expect(partialDateToIso(notGiven)).toBeNull();
  });

  it("carries a note and no year, month or day", () => {
    expect(partialDateSchema.safeParse(notGiven).success).toBe(true);
    const guessed = partialDateSchema.safeParse({ ...notGiven, year: 2023 });
    expect(guessed.error?.issues.map((i) => i.path.join("."))).toEqual(["precision"]);
    const silent = partialDateSchema.safeParse({ precision: "unknown" });
    expect(silent.error?.issues.map((i) => i.path.join("."))).toEqual(["note"]);
  });
});
