// Plain JavaScript so that both the app (lib/cache/public-generation.ts) and the cache handler Next
// loads outside the app's bundle (public-page-cache-handler.mjs) can use it.

/**
 * Wraps a read so that concurrent callers share one query, but never one sent before they called:
 * callers that arrive while a query is in flight wait for the next one, because the query in flight
 * may predate a commit they must see. One query serves every caller queued before it was sent, so the
 * cost does not grow with concurrent requests.
 * @template T
 * @param {() => Promise<T>} query
 * @returns {() => Promise<T>}
 */
export function coalescedRead(query) {
  /** @type {{ resolve: (value: T) => void, reject: (error: unknown) => void }[]} */
  let queued = [];
  let isInFlight = false;

  async function send() {
    isInFlight = true;
    const waiting = queued;
    queued = [];
    try {
      const value = await query();
      for (const caller of waiting) caller.resolve(value);
    } catch (error) {
      for (const caller of waiting) caller.reject(error);
    } finally {
      isInFlight = false;
      if (queued.length > 0) void send();
    }
  }

  return () =>
    new Promise((resolve, reject) => {
      queued.push({ resolve, reject });
      if (!isInFlight) void send();
    });
}
