import "server-only";
import { randomUUID } from "node:crypto";
import { env, isDevelopmentBuild } from "../env";

// The proxy's copy of rendered entry pages, answered without entering Next's page pipeline, which
// alone costs more than half of a static file's throughput (BENCHMARKS.md). Each copy is stamped with
// the public generation read before it was fetched, and served only while that generation is current:
// the same rule as the ISR cache handler (docs/decisions/004-public-page-cache.md), one layer earlier.

/** Marks the proxy's own request for a page it does not hold yet, so that request goes through to Next. */
export const PAGE_FILL_HEADER = "x-expediente-page-fill";
/**
 * The proxy answers its own fill requests with this process's token, so a page is kept only when it came
 * from this very server (not from whatever else listens on PORT if the server was started on another).
 */
export const PAGE_FILL_TOKEN = randomUUID();

const MAX_PAGES = 500;
// What a browser needs from the document response; the rest (x-nextjs-*) describes Next's caches.
const KEPT_HEADERS = ["content-type", "link", "vary", "content-language"];

type StoredPage = { generation: bigint; body: Uint8Array; headers: [string, string][] };
const pages = new Map<string, StoredPage>();

/** Only a plain document load of a page of a production build: not the router's RSC fetches, prefetches or server actions. */
export function isPlainDocumentRequest(request: Request): boolean {
  if (isDevelopmentBuild) return false;
  const url = new URL(request.url);
  const headers = request.headers;
  return (
    request.method === "GET" &&
    url.search === "" &&
    !headers.has("rsc") &&
    !headers.has("next-router-prefetch") &&
    !headers.has("next-router-state-tree") &&
    !headers.has("next-action") &&
    !headers.has(PAGE_FILL_HEADER)
  );
}

function respond(page: StoredPage, state: "HIT" | "MISS"): Response {
  const headers = new Headers(page.headers);
  headers.set("cache-control", PUBLIC_PAGE_CACHE_CONTROL);
  headers.set("x-expediente-cache", state);
  return new Response(page.body as BodyInit, { status: 200, headers });
}

/** Only the instances cache entry pages, and they know when to stop; a CDN or browser must ask again. */
export const PUBLIC_PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";

/**
 * The page at `pathname` as current as `generation` (read before this call), from memory or fetched
 * once through Next; null when it cannot be (not a 200 HTML answer), so the caller lets Next answer.
 */
export async function cachedPage({ pathname, generation }: { pathname: string; generation: bigint }): Promise<Response | null> {
  const stored = pages.get(pathname);
  if (stored && stored.generation === generation) {
    pages.delete(pathname); // recency order, for eviction
    pages.set(pathname, stored);
    return respond(stored, "HIT");
  }
  const fetched = await fetch(`http://127.0.0.1:${env().PORT}${pathname}`, { headers: { [PAGE_FILL_HEADER]: "1" }, redirect: "manual" }).catch(() => null);
  const isOurs = fetched?.headers.get(PAGE_FILL_HEADER) === PAGE_FILL_TOKEN;
  if (!fetched || !isOurs || fetched.status !== 200 || !fetched.headers.get("content-type")?.startsWith("text/html")) return null;
  const page: StoredPage = {
    // Rendered after `generation` was read, so at least that current.
    generation,
    body: new Uint8Array(await fetched.arrayBuffer()),
    headers: KEPT_HEADERS.flatMap((name) => {
      const value = fetched.headers.get(name);
      return value ? [[name, value] as [string, string]] : [];
    }),
  };
  const newest = pages.get(pathname);
  // A concurrent fill may have stored a newer copy meanwhile: keep the newer one.
  if (!newest || newest.generation <= generation) {
    pages.delete(pathname);
    pages.set(pathname, page);
    while (pages.size > MAX_PAGES) pages.delete(pages.keys().next().value!);
  }
  return respond(page, "MISS");
}
