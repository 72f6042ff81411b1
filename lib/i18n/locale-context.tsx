"use client";

// The page's language for client components that format text in the browser (timestamps). Server
// components pass the locale explicitly; layouts set this once for what they contain.
import { createContext, useContext } from "react";
import { DEFAULT_LOCALE, type Locale } from "./locales";

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function LocaleProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}
