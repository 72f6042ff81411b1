// The languages the record and the studio speak (PRODUCT.md, "Languages"). Client-safe.
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];

/** English keeps today's URLs; it is also what a browser that asks for neither language gets. */
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The Intl locale dates and numbers are written in. English keeps the day-month-year order the record
 * has always printed ("3 June 2026"); Spanish is written as in Peru, where the event happened.
 */
export const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", es: "es-PE" };
