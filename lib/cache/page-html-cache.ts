import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";
import { env, isDevelopmentBuild } from "../env";
import { applySecurityHeaders, NON_DOCUMENT_POLICY, storedPagePolicy } from "./security-headers";
import { ENCODING_HEADER, LENGTH_HEADER } from "./precompressed-responses";
import { publicEtag } from "./public-etag";
import { LruMap } from "./lru-map.mjs";
import { withoutFrameworkScripts } from "./reader-document";

// The proxy's copy of rendered public pages, answered without entering Next's page pipeline, which
// alone costs more than half of a static file's throughput (BENCHMARKS.md). Each copy is stamped with
// the public generation read before it was fetched, and served only while that generation is current:
// the same rule as the ISR cache handler (docs/decisions/004-public-page-cache.md), one layer earlier.
// Everything a response needs is computed once when a copy is stored: the brotli and gzip bodies, the
// script hashes of its Content-Security-Policy (docs/decisions/005-content-security-policy.md) and
// its validator.

/** Marks the proxy's own request for a page it does not hold yet, so that request goes through to Next. */
export const PAGE_FILL_HEADER = "x-expediente-page-fill";
// The fill request carries this process's secret, which never leaves the process: the proxy answers a
// request as a fill only when the header holds it (isPageFill), and marks only that answer, with a
// word, not the secret, so a page is kept only when it came from this very server (not from whatever
// else listens on PORT if the server was started on another). Any client can send the header; without
// the secret it is an ordinary request, with the ordinary cache headers (docs/trust.md).
const FILL_SECRETS = Symbol.for("expediente.page-fill-secret");
const PAGE_FILL_SECRET: string = ((globalThis as { [FILL_SECRETS]?: string })[FILL_SECRETS] ??= randomBytes(32).toString("base64url"));
const FILL_SECRET_DIGEST = createHash("sha256").update(PAGE_FILL_SECRET).digest();
/** The value the proxy sets on the answer to a genuine fill request. */
export const PAGE_FILL_ANSWER = "filled";

/** True only for the proxy's own fill request: the header holds this process's secret (compared in constant time). */
export function isPageFill(request: Request): boolean {
  const value = request.headers.get(PAGE_FILL_HEADER);
  if (!value) return false;
  // Digests of equal length, so the comparison takes the same time whatever the length sent.
  return timingSafeEqual(createHash("sha256").update(value).digest(), FILL_SECRET_DIGEST);
}

/** Only the instances cache public pages, and they know when to stop; a CDN or browser must ask again. */
export const PUBLIC_PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";
/**
 * The same rule in nginx's words, on every answer a shared cache may keep: nginx (1.22, Debian) refuses
 * to store a `max-age=0` answer at all, while an expiry in the past (`@1`: one second after 1970) makes
 * it store the answer and revalidate it with If-None-Match before each use. nginx keeps X-Accel-*
 * headers from its own clients; anything else ignores it (docs/nginx.md).
 */
export const SHARED_CACHE_EXPIRY: [string, string] = ["x-accel-expires", "@1"];

const MAX_PAGES = 500;
// The copies' bodies live outside V8's capped heap (scripts/next-start.mjs) but count in the process's
// memory: 32 MB holds the record's busiest pages many times over (the event page is 150 kB in all).
const MAX_PAGE_BYTES = 32 * 1024 * 1024;
// What a browser needs from the document response; the rest (x-nextjs-*) describes Next's caches.
const KEPT_HEADERS = ["content-type", "content-language"];

type Encoding = "br" | "gzip" | "identity";
/** `headers` for an answer through Next's proxy; `nodeHeaders` (real names) for the front door, which writes the Node response itself. */
type Variant = { body: Uint8Array; headers: [string, string][]; nodeHeaders: Record<string, string> };
export type StoredPage = { generation: bigint; etag: string; variants: Record<Encoding, Variant> };
// One store per process, on globalThis: the proxy and the front door (front-door.ts, installed from
// instrumentation.ts) are bundled apart, and each must see the copies the other stored.
const COPIES = Symbol.for("expediente.page-copies");
const pages: LruMap<string, StoredPage> = ((globalThis as { [COPIES]?: LruMap<string, StoredPage> })[COPIES] ??= new LruMap(MAX_PAGES, {
  maxBytes: MAX_PAGE_BYTES,
  sizeOf: (page) => Object.values(page.variants).reduce((bytes, variant) => bytes + variant.body.byteLength + 1024, 0),
}));

/** The copy this process holds for `pathname`, whatever its generation (the caller compares it). */
export function heldCopy(pathname: string): StoredPage | undefined {
  return pages.get(pathname);
}

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

/**
 * Only a plain document load of a page of a production build: not the router's RSC fetches, prefetches
 * or server actions. `isQueryIgnored`: the page does not read its query (entry pages), so `?utm=…` is
 * the same page.
 */
export function isPlainDocumentRequest(request: Request, { isQueryIgnored = false } = {}): boolean {
  if (isDevelopmentBuild) return false;
  const headers = request.headers;
  const url = new URL(request.url);
  return (
    request.method === "GET" &&
    (isQueryIgnored ? !url.searchParams.has("_rsc") : url.search === "") &&
    !headers.has("rsc") &&
    !headers.has("next-router-prefetch") &&
    !headers.has("next-router-state-tree") &&
    !headers.has("next-action") &&
    !headers.has(PAGE_FILL_HEADER)
  );
}

/** The best encoding the client accepts among ours (br, then gzip), honouring q=0. */
export function chooseEncoding(acceptEncoding: string | null): Encoding {
  if (!acceptEncoding) return "identity";
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name = "", ...params] = part.trim().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    if (q === undefined || Number(q) > 0) accepted.add(name.trim());
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return "identity";
}

/** True when the request's If-None-Match names `etag` (weak comparison, as RFC 9110 asks for GET). */
export function matchesIfNoneMatch(request: Request, etag: string): boolean {
  return ifNoneMatchNames(request.headers.get("if-none-match"), etag);
}

/** The same test on the header's value, for code that holds a Node request (front-door.ts). */
export function ifNoneMatchNames(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === bare);
}

/** A 304's headers: only the validator and caching headers, since a stored copy keeps its own policy (and nonce). */
export function notModifiedHeaders(etag: string, cacheControl = PUBLIC_PAGE_CACHE_CONTROL): Record<string, string> {
  const headers: Record<string, string> = { etag, "cache-control": cacheControl, vary: "Accept-Encoding" };
  if (cacheControl === PUBLIC_PAGE_CACHE_CONTROL) headers[SHARED_CACHE_EXPIRY[0]] = SHARED_CACHE_EXPIRY[1];
  return headers;
}

export function notModified(etag: string, cacheControl = PUBLIC_PAGE_CACHE_CONTROL): Response {
  return new Response(null, { status: 304, headers: notModifiedHeaders(etag, cacheControl) });
}

function respond(page: StoredPage, request: Request, state: "HIT" | "MISS"): Response {
  if (matchesIfNoneMatch(request, page.etag)) return notModified(page.etag);
  const variant = page.variants[chooseEncoding(request.headers.get("accept-encoding"))];
  const headers = new Headers(variant.headers);
  headers.set("x-expediente-cache", state);
  return new Response(variant.body as BodyInit, { status: 200, headers });
}

function isHttpsOrigin(): boolean {
  return env().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

async function storedPage({
  pathname,
  generation,
  html,
  kept,
  isDocument,
}: {
  pathname: string;
  generation: bigint;
  html: string;
  kept: [string, string][];
  isDocument: boolean;
}): Promise<StoredPage> {
  const raw = new TextEncoder().encode(html);
  const [br, gz] = await Promise.all([
    compressBrotli(raw, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.byteLength, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT },
    }),
    compressGzip(raw, { level: 9 }),
  ]);
  const etag = publicEtag({ generation, path: pathname });
  const isHttps = isHttpsOrigin();
  const { policy, isScriptless } = isDocument ? storedPagePolicy(html, { isHttps }) : { policy: NON_DOCUMENT_POLICY, isScriptless: false };
  const common = applySecurityHeaders(new Headers(kept), { policy, isHttps, isSharedScriptless: isScriptless });
  common.set("cache-control", PUBLIC_PAGE_CACHE_CONTROL);
  common.set(...SHARED_CACHE_EXPIRY);
  common.set("vary", "Accept-Encoding");
  common.set("etag", etag);
  const variant = (body: Uint8Array, encoding: Encoding): Variant => {
    const headers = new Headers(common);
    // Under their own names: Next drops Content-Encoding/Content-Length from a proxy's answer (precompressed-responses.ts).
    if (encoding !== "identity") headers.set(ENCODING_HEADER, encoding);
    headers.set(LENGTH_HEADER, String(body.byteLength));
    const nodeHeaders = Object.fromEntries(common.entries());
    if (encoding !== "identity") nodeHeaders["content-encoding"] = encoding;
    nodeHeaders["content-length"] = String(body.byteLength);
    nodeHeaders["x-expediente-cache"] = "HIT";
    return { body, headers: [...headers.entries()], nodeHeaders };
  };
  return {
    generation,
    etag,
    variants: {
      br: variant(new Uint8Array(br.buffer, br.byteOffset, br.byteLength), "br"),
      gzip: variant(new Uint8Array(gz.buffer, gz.byteOffset, gz.byteLength), "gzip"),
      identity: variant(raw, "identity"),
    },
  };
}

// What the proxy keeps besides pages: answers that depend only on the publication and the URL (the
// feed, the sitemap, the read API), stored under their path and query.
const DATA_TYPES = ["application/json", "application/xml", "application/atom+xml", "text/xml", "text/plain"];

/**
 * The answer at `pathname` (with its query, for data) as current as `generation` (read before this
 * call), from memory or fetched once through Next; null when it cannot be (not a 200 of the expected
 * type), so the caller lets Next answer. `isDocument`: an HTML page, whose policy carries the hashes of
 * its inline scripts; otherwise a data answer (JSON, XML, text).
 */
export async function cachedPage({
  pathname,
  generation,
  request,
  isDocument = true,
}: {
  pathname: string;
  generation: bigint;
  request: Request;
  isDocument?: boolean;
}): Promise<Response | null> {
  const stored = pages.get(pathname);
  if (stored && stored.generation === generation) return respond(stored, request, "HIT");
  // A validator of the current generation is current whatever this instance holds.
  const etag = publicEtag({ generation, path: pathname });
  if (matchesIfNoneMatch(request, etag)) return notModified(etag);
  const fetched = await fetch(`http://127.0.0.1:${env().PORT}${pathname}`, { headers: { [PAGE_FILL_HEADER]: PAGE_FILL_SECRET }, redirect: "manual" }).catch(
    () => null,
  );
  const isOurs = fetched?.headers.get(PAGE_FILL_HEADER) === PAGE_FILL_ANSWER;
  const type = fetched?.headers.get("content-type") ?? "";
  const isExpectedType = isDocument ? type.startsWith("text/html") : DATA_TYPES.some((t) => type.startsWith(t));
  if (!fetched || !isOurs || fetched.status !== 200 || !isExpectedType) {
    // Not a page any more (withdrawn, moved, unpublished): never serve the old copy, not even in an outage.
    if (fetched && isOurs && fetched.status !== 200) pages.delete(pathname);
    return null;
  }
  const page = await storedPage({
    // Rendered after `generation` was read, so at least that current.
    pathname,
    generation,
    html: isDocument ? withoutFrameworkScripts(await fetched.text()) : await fetched.text(),
    kept: KEPT_HEADERS.flatMap((name) => {
      const value = fetched.headers.get(name);
      return value ? [[name, value] as [string, string]] : [];
    }),
    isDocument,
  });
  const newest = pages.peek(pathname);
  // A concurrent fill may have stored a newer copy meanwhile: keep the newer one.
  if (!newest || newest.generation <= generation) pages.set(pathname, page);
  return respond(page, request, "MISS");
}

/** Forgets a page that is no longer public (the proxy saw it withdrawn, moved or missing). */
export function forgetPage(pathname: string): void {
  pages.delete(pathname);
}

const STALE_BANNER =
  '<div role="status" class="stale-notice" style="background:#fff3cd;color:#3d2e00;border-bottom:1px solid #e0c060;padding:.6rem 1rem;font:15px/1.4 system-ui,sans-serif;text-align:center">' +
  "The record cannot be updated at the moment: this is the last published version this server holds, and it may be out of date.</div>";

/**
 * While PostgreSQL is down: the last copy of a published page this instance holds, whatever its
 * generation, marked stale (header and banner). Only ever published pages are stored here.
 */
export function stalePage(pathname: string, retryAfterSeconds: number): Response | null {
  const stored = pages.peek(pathname);
  if (!stored) return null;
  const html = new TextDecoder().decode(stored.variants.identity.body).replace(/<body([^>]*)>/i, (body) => `${body}${STALE_BANNER}`);
  const headers = new Headers(stored.variants.identity.headers);
  headers.delete(LENGTH_HEADER);
  headers.delete("etag"); // not a publication's answer: a browser must not keep it as one
  headers.set("cache-control", "no-store");
  headers.delete(SHARED_CACHE_EXPIRY[0]);
  headers.set("x-expediente-cache", "STALE");
  headers.set("x-expediente-stale", "database unavailable");
  headers.set("retry-after", String(retryAfterSeconds));
  return new Response(html, { status: 200, headers });
}
