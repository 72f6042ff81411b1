// Plain JavaScript: the ISR cache handler, which Next loads outside the app's bundle, weighs its
// entries with it (public-page-cache-handler.mjs).

/**
 * About how much memory `value` holds: strings at two bytes a character (V8 keeps a page with any
 * character beyond Latin-1 in two-byte form), byte arrays at their length, and what objects, arrays
 * and Maps contain, to `depth` levels. An upper bound for budgeting, not an exact figure.
 * @param {unknown} value @param {number} [depth]
 * @returns {number}
 */
export function approximateBytes(value, depth = 6) {
  if (typeof value === "string") return value.length * 2;
  if (value === null || typeof value !== "object") return 8;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof ArrayBuffer) return value.byteLength;
  if (depth === 0) return 64;
  let bytes = 64;
  const entries = value instanceof Map ? value.entries() : Array.isArray(value) ? value.entries() : Object.entries(value);
  for (const [key, item] of entries) bytes += approximateBytes(key, 0) + approximateBytes(item, depth - 1);
  return bytes;
}
