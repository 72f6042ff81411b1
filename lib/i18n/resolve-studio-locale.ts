// Client-safe and pure: which language the studio and the sign-in page speak to a person.
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

type LanguageRange = { tag: string; quality: number; order: number };

/** The ranges of an Accept-Language header, best first (RFC 9110 §12.5.4); a malformed part is skipped. */
function parseAcceptLanguage(header: string): LanguageRange[] {
  const ranges: LanguageRange[] = [];
  header.split(",").forEach((part, order) => {
    const [rawTag, ...params] = part.trim().split(";");
    const tag = rawTag?.trim().toLowerCase();
    if (!tag || !/^(\*|[a-z]{1,8}(-[a-z0-9]{1,8})*)$/.test(tag)) return;
    let quality = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([01](\.\d{0,3})?)\s*$/i.exec(param);
      if (match) quality = Number(match[1]);
    }
    if (quality > 0) ranges.push({ tag, quality, order });
  });
  // Stable: equal qualities keep the browser's order.
  return ranges.sort((a, b) => b.quality - a.quality || a.order - b.order);
}

/**
 * The studio's language: the person's own choice on their account when they made one, else the first
 * language their browser asks for that we speak ("es-PE" and "es-419" are Spanish, "en-GB" English),
 * else English. A bare "*" accepts anything, so it gets the default.
 */
export function resolveStudioLocale({ userLocale, acceptLanguage }: { userLocale?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(userLocale)) return userLocale;
  for (const { tag } of parseAcceptLanguage(acceptLanguage ?? "")) {
    if (tag === "*") return DEFAULT_LOCALE;
    const primary = tag.split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}
