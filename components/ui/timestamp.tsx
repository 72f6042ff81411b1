"use client";

// One way to print a moment. The server cannot know the reader's time zone, so the HTML (and the first render
// in the browser, which must match it) says the time in UTC and says so; right after hydration the browser
// prints it in the reader's own zone. A client-side navigation renders the reader's zone at once.
import { useSyncExternalStore } from "react";

export type TimestampStyle = "date" | "long-date" | "date-time" | "time";

const OPTIONS: Record<TimestampStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: "medium" },
  "long-date": { dateStyle: "long" },
  "date-time": { dateStyle: "medium", timeStyle: "short" },
  time: { hour: "2-digit", minute: "2-digit", second: "2-digit" },
};

/** The text a Timestamp shows: in `timeZone` (the reader's when absent), " UTC" added when a UTC time is shown. */
export function formatTimestamp(date: Date, style: TimestampStyle, timeZone?: string): string {
  const text = date.toLocaleString("en-GB", { ...OPTIONS[style], ...(timeZone ? { timeZone } : {}) });
  return timeZone === "UTC" && (style === "date-time" || style === "time") ? `${text} UTC` : text;
}

const noSubscription = () => () => {};

export function Timestamp({ date, style = "date-time" }: { date: Date | string; style?: TimestampStyle }) {
  const value = typeof date === "string" ? new Date(date) : date;
  const isHydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return <time dateTime={value.toISOString()}>{formatTimestamp(value, style, isHydrated ? undefined : "UTC")}</time>;
}
