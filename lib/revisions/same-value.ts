// One notion of "the same content" for diffs, merges and the editor: key order and keys holding undefined
// do not count (jsonb reorders keys, JSON drops undefined).
export type Content = Readonly<Record<string, unknown>>;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Stored JSON (a revision's or an autosave's content) as an object; anything else is empty content. */
export function storedObject(value: unknown): Record<string, unknown> {
  return isPlainObject(value) ? value : {};
}

/** The value with sorted keys and no undefined ones: two equal values have one canonical form. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => value[k] !== undefined)
        .map((k) => [k, canonical(value[k])]),
    );
  }
  return value;
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value)) ?? "undefined";
}

/** Deep equality where a key holding undefined is the same as a missing key (as after a JSON round trip). */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => isSameValue(item, b[i]));
  }
  if (isPlainObject(a)) {
    if (!isPlainObject(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!isSameValue(a[key], b[key])) return false;
    return true;
  }
  // NaN is never stored, but should not make a field look changed forever.
  return typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b);
}
