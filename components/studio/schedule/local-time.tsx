"use client";

import { useSyncExternalStore } from "react";
import { useLocale } from "@/lib/i18n/locale-context";
import { INTL_LOCALE } from "@/lib/i18n/locales";

const noSubscription = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A moment in the viewer's own time zone (UTC in the server's HTML, the browser's zone once hydrated). */
export function LocalTime({ iso }: { iso: string }) {
  const timeZone = useSyncExternalStore(noSubscription, browserTimeZone, () => "UTC");
  const text = new Intl.DateTimeFormat(INTL_LOCALE[useLocale()], {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(iso));
  return <time dateTime={iso}>{text}</time>;
}
