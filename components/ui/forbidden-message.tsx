"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { resolveStudioLocale } from "@/lib/i18n/resolve-studio-locale";

// The browser's languages do not change while the page is open.
const noChanges = () => () => {};
const browserLocale = (): Locale => resolveStudioLocale({ acceptLanguage: navigator.languages.join(",") });

type ForbiddenText = { heading: string; body: string; back: string };

/**
 * The 403 page's text. Next renders app/forbidden.tsx alongside every page, reader pages included, and
 * those are stored once per URL, so the page cannot read the request's language on the server: it is
 * rendered in the default language and switched to the browser's after hydration (only studio pages
 * call forbidden(), and they ship their scripts).
 */
export function ForbiddenMessage({ text }: { text: Record<Locale, ForbiddenText> }) {
  const locale = useSyncExternalStore(noChanges, browserLocale, () => DEFAULT_LOCALE);
  const t = text[locale];
  return (
    <main id="main" className="container status-page" lang={locale}>
      <p className="status-page__code">403</p>
      <h1>{t.heading}</h1>
      <p>{t.body}</p>
      <p>
        <Link href="/studio">{t.back}</Link>
      </p>
    </main>
  );
}
