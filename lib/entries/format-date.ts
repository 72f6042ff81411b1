// Dates are shown only as precise as the sources allow: an unknown year is said, never guessed.
// Month names are spelled here rather than taken from Intl so that server and browser render the same text.
import type { PartialDate } from "./common-schema";
import type { EventContent } from "./event-schema";

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

const YEAR_NOT_GIVEN = "(year not given)";

function monthName(month: number | undefined): string | undefined {
  return month === undefined ? undefined : MONTH_NAMES[month - 1];
}

function withYear(text: string, year: number | undefined): string {
  return year === undefined ? `${text} ${YEAR_NOT_GIVEN}` : `${text} ${year}`;
}

/** The calendar part alone ("23 May 2021", "May 2021", "February (year not given)"), without the precision's wording. */
function formatCalendarDate(d: PartialDate): string {
  const month = monthName(d.month);
  if (d.precision === "unknown") return "date not given";
  if (d.precision === "year" || month === undefined) {
    return d.year === undefined ? "date not given" : String(d.year);
  }
  if (d.precision === "month" || d.day === undefined) return withYear(month, d.year);
  return withYear(`${d.day} ${month}`, d.year);
}

export function formatPartialDate(d: PartialDate): string {
  const calendar = formatCalendarDate(d);
  // Without a day the month already says how vague the date is; "around May 2021" would add nothing.
  if (d.day === undefined || d.month === undefined) return calendar;
  if (d.precision === "days") return `around ${calendar}`;
  if (d.precision === "week") return `week of ${calendar}`;
  return calendar;
}

/** ISO 8601 reduced precision (YYYY, YYYY-MM, YYYY-MM-DD) for machines: <time datetime>, JSON-LD, sorting. */
export function partialDateToIso(d: PartialDate): string | null {
  if (d.year === undefined) return null;
  const year = String(d.year).padStart(4, "0");
  if (d.precision === "year" || d.month === undefined) return year;
  const month = String(d.month).padStart(2, "0");
  if (d.precision === "month" || d.day === undefined) return `${year}-${month}`;
  return `${year}-${month}-${String(d.day).padStart(2, "0")}`;
}

// "-05:00" is shown with a true minus sign, as typographers and the UN style guide do.
function formatUtcOffset(offset: string): string {
  return `UTC${offset.replace("-", "\u2212")}`;
}

function isExactDay(d: PartialDate): boolean {
  return d.precision === "day" && d.day !== undefined && d.month !== undefined;
}

function formatSpan(start: PartialDate, end: PartialDate): string {
  // Compact "23–25 May 2021" and "30 May – 2 June 2021" only for exact days; vaguer dates keep their own wording.
  if (isExactDay(start) && isExactDay(end) && start.year === end.year) {
    if (start.month === end.month) {
      if (start.day === end.day) return formatPartialDate(start);
      return withYear(`${start.day}\u2013${end.day} ${monthName(start.month)}`, start.year);
    }
    return withYear(`${start.day} ${monthName(start.month)} \u2013 ${end.day} ${monthName(end.month)}`, start.year);
  }
  return `${formatPartialDate(start)} \u2013 ${formatPartialDate(end)}`;
}

/** "23 May 2021, around 22:00 (UTC−05:00)"; a range of dates is joined with an en dash. */
export function formatEventDate(date: EventContent["date"]): string {
  let text = date.end ? formatSpan(date.start, date.end) : formatPartialDate(date.start);
  if (date.localTime) {
    // Sources report the hour of an attack from witnesses' memory, so it is never stated as exact.
    text += `, around ${date.localTime}`;
    text += date.utcOffset ? ` (${formatUtcOffset(date.utcOffset)})` : " (local time)";
  }
  return text;
}
