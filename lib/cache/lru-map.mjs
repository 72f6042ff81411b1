// Plain JavaScript so that the proxy's page copy (page-html-cache.ts) and the ISR cache handler Next
// loads outside the app's bundle (public-page-cache-handler.mjs) share one implementation
// (docs/decisions/007-one-cache-module.md).

/**
 * A Map that forgets its least recently used entries beyond `limit` entries or, given `sizeOf`, beyond
 * `maxBytes` in all: a count alone does not bound memory when one value can be a hundred times another
 * (a long event page against a short source). `get` counts as a use; `peek` does not.
 * @template K, V
 */
export class LruMap {
  /** @param {number} limit @param {{ maxBytes?: number, sizeOf?: (value: V) => number }} [budget] */
  constructor(limit, { maxBytes = Infinity, sizeOf = () => 0 } = {}) {
    this.limit = limit;
    this.maxBytes = maxBytes;
    this.sizeOf = sizeOf;
    /** @type {Map<K, { value: V, bytes: number }>} */
    this.map = new Map();
    this.bytes = 0;
  }

  /** @param {K} key @returns {V | undefined} */
  get(key) {
    const held = this.map.get(key);
    if (held === undefined) return undefined;
    this.map.delete(key); // re-insert: Map keeps insertion order, the first key is the least recent
    this.map.set(key, held);
    return held.value;
  }

  /** @param {K} key @returns {V | undefined} */
  peek(key) {
    return this.map.get(key)?.value;
  }

  /** A value larger than `maxBytes` on its own is not kept (and evicts nothing). @param {K} key @param {V} value */
  set(key, value) {
    this.delete(key);
    const bytes = this.sizeOf(value);
    if (bytes > this.maxBytes) return this;
    this.map.set(key, { value, bytes });
    this.bytes += bytes;
    while (this.map.size > this.limit || this.bytes > this.maxBytes) this.delete(/** @type {K} */ (this.map.keys().next().value));
    return this;
  }

  /** @param {K} key */
  delete(key) {
    const held = this.map.get(key);
    if (held === undefined) return false;
    this.bytes -= held.bytes;
    return this.map.delete(key);
  }

  clear() {
    this.map.clear();
    this.bytes = 0;
  }

  get size() {
    return this.map.size;
  }
}
