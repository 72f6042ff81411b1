"use client";

// One way to print a moment. The server cannot know the reader's time zone, so the HTML (and the first render
// in the browser, which must match it) says the time in UTC and says so; right after hydration the browser
// prints it in the reader's own zone. A client-side navigation renders the reader's zone at once.
import { useSyncExternalStore } from "react";
import { formatDate, type DateStyle } from "@/lib/i18n/format";
import { useLocale } from "@/lib/i18n/locale-context";

export type TimestampStyle = DateStyle;

const noSubscription = () => () => {};

export function Timestamp({ date, style = "date-time" }: { date: Date | string; style?: TimestampStyle }) {
  const value = typeof date === "string" ? new Date(date) : date;
  const locale = useLocale();
  const isHydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return <time dateTime={value.toISOString()}>{formatDate(value, { locale, style, timeZone: isHydrated ? undefined : "UTC" })}</time>;
}
