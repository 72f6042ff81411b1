// Plain JavaScript so that the proxy's page copy (page-html-cache.ts) and the ISR cache handler Next
// loads outside the app's bundle (public-page-cache-handler.mjs) share one implementation
// (docs/decisions/007-one-cache-module.md).

/**
 * A Map that forgets its least recently used entries beyond `limit`. `get` counts as a use; `peek` does not.
 * @template K, V
 */
export class LruMap {
  /** @param {number} limit */
  constructor(limit) {
    this.limit = limit;
    /** @type {Map<K, V>} */
    this.map = new Map();
  }

  /** @param {K} key @returns {V | undefined} */
  get(key) {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key); // re-insert: Map keeps insertion order, the first key is the least recent
    this.map.set(key, value);
    return value;
  }

  /** @param {K} key @returns {V | undefined} */
  peek(key) {
    return this.map.get(key);
  }

  /** @param {K} key @param {V} value */
  set(key, value) {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.limit) this.map.delete(/** @type {K} */ (this.map.keys().next().value));
    return this;
  }

  /** @param {K} key */
  delete(key) {
    return this.map.delete(key);
  }

  clear() {
    this.map.clear();
  }

  get size() {
    return this.map.size;
  }
}
