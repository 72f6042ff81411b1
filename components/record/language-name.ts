const LANGUAGE_NAMES = new Intl.DisplayNames(["en"], { type: "language" });

/** "es" → "Spanish"; a code Intl does not know stays as it is. */
export function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}
