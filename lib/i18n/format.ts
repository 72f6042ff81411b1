// The one place moments and quantities become text, in the page's language. Client-safe (the studio's
// timestamps and autosave notice format in the browser too).
import { INTL_LOCALE, type Locale } from "./locales";

export type DateStyle = "date" | "long-date" | "date-time" | "time";

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: "medium" },
  "long-date": { dateStyle: "long" },
  "date-time": { dateStyle: "medium", timeStyle: "short" },
  time: { hour: "2-digit", minute: "2-digit", second: "2-digit" },
};

/**
 * A moment as text: in `timeZone` (the reader's own when absent, which only a browser knows); " UTC"
 * is added when a UTC time of day is shown, so nobody reads it as their own.
 */
export function formatDate(date: Date, { locale, style = "date-time", timeZone }: { locale: Locale; style?: DateStyle; timeZone?: string }): string {
  const text = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...DATE_OPTIONS[style], ...(timeZone ? { timeZone } : {}) }).format(date);
  return timeZone === "UTC" && (style === "date-time" || style === "time") ? `${text} UTC` : text;
}

/** A count or quantity with the language's grouping ("12,345" / "12 345"). */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value);
}
