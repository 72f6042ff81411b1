// Places store the country as written ("Peru", "Perú"); schema.org and search engines want its ISO 3166-1
// alpha-2 code. The names come from the runtime's own ICU data (Intl.DisplayNames), so no table to keep.
const LANGUAGES = ["en", "es"] as const;
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

let byName: Map<string, string> | null = null;

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase();
}

function namesToCodes(): Map<string, string> {
  const map = new Map<string, string>();
  for (const language of LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: "region", fallback: "none" });
    for (const first of LETTERS) {
      for (const second of LETTERS) {
        const code = `${first}${second}`;
        const name = names.of(code);
        // Private-use and reserved codes (AA, QM-QZ, XA-XZ, ZZ) name no country.
        if (name && !/^(AA|Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN)$/.test(code) && !map.has(fold(name))) map.set(fold(name), code);
      }
    }
  }
  return map;
}

/** "Peru" → "PE"; a two-letter code is kept as it is; null when the name is not a country's. */
export function countryCode(country: string): string | null {
  const trimmed = country.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return trimmed.toUpperCase();
  byName ??= namesToCodes();
  return byName.get(fold(trimmed)) ?? null;
}
