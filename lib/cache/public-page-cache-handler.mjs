// Next.js's incremental cache (ISR page and route output) for Expediente: rendered public pages are
// kept in this process's memory, each stamped with the *public generation* it was rendered at, and a
// stored page is served only while that generation is still the current one in PostgreSQL.
//
// The generation is one row ("Setting", key "public-generation") that every publication, withdrawal
// and revision hiding bumps inside its own transaction (lib/cache/public-generation.ts). So the moment
// a publication commits, every instance's next lookup sees a newer generation and re-renders: no
// broadcast to wait for, no window in which one instance still serves a withdrawn page.
// See docs/decisions/004-public-page-cache.md.
//
// Next.js loads this file itself (next.config.js `cacheHandler`), outside the app's bundle, so it
// cannot import lib/env.ts or lib/db.ts: it reads DATABASE_URL directly and keeps its own small pool.
import pg from "pg";
import { noteDatabaseFailure, noteDatabaseSuccess } from "../health/database-outage.mjs";
import { coalescedRead } from "./coalesced-read.mjs";
import { generationFromRows, PUBLIC_GENERATION_KEY, READ_GENERATION_SQL } from "./generation-query.mjs";
import { approximateBytes } from "./approximate-bytes.mjs";
import { LruMap } from "./lru-map.mjs";

const MAX_ENTRIES = 2000;
// Rendered HTML sits in V8's heap, which the production server caps (scripts/next-start.mjs); readers
// are answered from the proxy's copies, so this cache only spares re-renders and 16 MB is plenty.
const MAX_BYTES = 16 * 1024 * 1024;
const CACHED_KINDS = new Set(["APP_PAGE", "APP_ROUTE"]);

/** @type {LruMap<string, { value: unknown, lastModified: number, cacheControl: unknown, generation: bigint }>} */
const entries = new LruMap(MAX_ENTRIES, { maxBytes: MAX_BYTES, sizeOf: (entry) => approximateBytes(entry.value) });
/** The generation each key was missed at: the render that follows read the database after it. */
const missedAt = new Map();
let pool;

function database() {
  if (!process.env.DATABASE_URL) return null; // `next build`: nothing to cache against
  if (!pool) {
    pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
    // An idle connection that PostgreSQL closes (a restart) is an 'error' event: without a listener
    // it would be an uncaught exception with a stack trace. The outage is logged once (decision 006).
    pool.on("error", (error) => noteDatabaseFailure(error));
  }
  return pool;
}

// One query serves all concurrent lookups, never one sent before a lookup began (coalesced-read.mjs).
let readGeneration;

function generationReader(db) {
  readGeneration ??= coalescedRead(async () => generationFromRows((await db.query(READ_GENERATION_SQL, [PUBLIC_GENERATION_KEY])).rows));
  return readGeneration;
}

export default class PublicPageCacheHandler {
  // Next passes its options (distDir, ...); nothing here needs them.
  constructor() {}

  async get(key, ctx) {
    const db = database();
    if (!db || !CACHED_KINDS.has(ctx?.kind)) return null;
    let generation;
    try {
      generation = await generationReader(db)();
      noteDatabaseSuccess();
    } catch (error) {
      // Without the generation nothing can be shown to be current: render afresh (which will
      // report the database problem itself if it persists). Logged once per outage, one line.
      noteDatabaseFailure(error);
      entries.delete(key);
      return null;
    }
    const entry = entries.get(key);
    if (entry && entry.generation === generation) {
      return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
    }
    entries.delete(key);
    // Next renders next, and reads the database after this point: the result is current as of this
    // generation at least. A later set() for this key is stamped with the oldest pending miss.
    const pending = missedAt.get(key);
    if (pending === undefined || generation < pending) missedAt.set(key, generation);
    return null;
  }

  async set(key, data, ctx) {
    const generation = missedAt.get(key);
    missedAt.delete(key);
    // A value with no miss before it (or a deletion) is not known to be current: drop it.
    if (generation === undefined || !data || !CACHED_KINDS.has(data.kind)) {
      entries.delete(key);
      return;
    }
    entries.set(key, { value: data, lastModified: Date.now(), cacheControl: ctx?.cacheControl, generation });
  }

  // revalidatePath/revalidateTag on this instance: the generation already retires every older page on
  // every instance; dropping this instance's pages too frees their memory at once.
  async revalidateTag() {
    entries.clear();
  }

  resetRequestCache() {}
}
