import { NextResponse, type NextRequest } from "next/server";
import { badRequest, OUTAGE_RETRY_AFTER_SECONDS, outageResponse } from "./lib/cache/outage-responses";
import {
  cachedPage,
  forgetPage,
  isPlainDocumentRequest,
  matchesIfNoneMatch,
  isPageFill,
  notModified,
  PAGE_FILL_ANSWER,
  PAGE_FILL_HEADER,
  PUBLIC_PAGE_CACHE_CONTROL,
  SHARED_CACHE_EXPIRY,
  stalePage,
} from "./lib/cache/page-html-cache";
import { publicEtag } from "./lib/cache/public-etag";
import { readPublicGeneration } from "./lib/cache/public-generation";
import {
  buildActionIds,
  isCrossOrigin,
  isWellFormedPath,
  loggedInput,
  MAX_ACTION_BYTES,
  MAX_ACTION_NESTING,
  nestingDepth,
  unknownActionId,
  unreadableActionBody,
} from "./lib/cache/request-guards";
import { applySecurityHeaders, DOWNLOAD_POLICY, NON_DOCUMENT_POLICY, newNonce, pagePolicy } from "./lib/cache/security-headers";
import { env, isDevelopmentBuild } from "./lib/env";
import { allowedMethods } from "./lib/http/allowed-methods";
import { REQUEST_PATH_HEADER, requestPath } from "./lib/http/request-path";
import { getRouteStatus } from "./lib/entries/get-route-status";
import { kindFromPath } from "./lib/entries/kinds";
import { noteDatabaseFailure, noteDatabaseSuccess } from "./lib/health/database-outage.mjs";
import { logger } from "./lib/logger";

const ENTRY_PATH = /^\/(events|actors|sources)\/([a-z0-9-]+)(\/history(?:\/(?:[1-9][0-9]{0,8}|compare))?)?$/;
// Public pages without a slug whose plain load (no filters) is the same for every reader.
const CACHED_INDEX_PATHS = new Set(["/", "/events", "/actors", "/sources"]);
const SEARCH_PATH = "/search";
// Answers that depend on who asks: never a shared validator.
const PRIVATE_PREFIXES = ["/studio", "/login", "/api/auth", "/api/studio", "/api/health"];
// Capture files are downloads whose route sets its own policy (sandbox: an archived page never runs as
// this site, docs/decisions/008-capture-storage.md); the proxy's headers win over a route's, so it sets that one.
const DOWNLOAD_PATH = /^\/api\/(?:v1|studio)\/captures\/[^/]+\/file$/;
// A generation read slower than this is treated as an outage (a hung connection must not hang readers
// forever); generous, because a busy but working database must never be mistaken for a down one. A
// stopped PostgreSQL refuses connections at once.
const GENERATION_TIMEOUT_MS = 10_000;

// The proxy answers what pages cannot: withdrawn entries with 410 and old slugs with 301, cached
// public pages from its own copy (docs/decisions/004-public-page-cache.md), security headers on every
// answer (005), a 503 or a stale copy while the database is down (006), and 400 for requests Next
// would answer with a 500. It is not an access check: pages and the data layer scope their own reads.
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const isHttps = env().NEXTAUTH_URL?.startsWith("https://") ?? false;
  if (!isWellFormedPath(pathname)) {
    logger.warn({ path: request.nextUrl.href.slice(0, 300) }, "refused a malformed percent-encoding");
    return badRequest({ pathname, message: "The address holds a malformed percent-encoding.", isHttps });
  }
  const methods = allowedMethods(pathname);
  if (!methods.includes(request.method)) {
    const refusal = badRequest({ pathname, message: `This address does not take ${request.method} requests.`, status: 405, isHttps });
    refusal.headers.set("allow", methods.join(", "));
    return refusal;
  }
  if (request.method === "OPTIONS") {
    return secured(new Response(null, { status: 204, headers: { allow: methods.join(", "), "cache-control": "no-store" } }), {
      policy: NON_DOCUMENT_POLICY,
      isHttps,
    });
  }
  if (request.method === "POST" && request.headers.has("next-action")) {
    const refusal = await refuseUnreadableAction(request, isHttps);
    if (refusal) return refusal;
  }
  // The health check reports the database itself, with its reason.
  if (pathname === "/api/health") return secured(NextResponse.next(), { policy: NON_DOCUMENT_POLICY, isHttps });
  // Only this process's own fill request, never a client's imitation of it (isPageFill).
  const isFill = isPageFill(request);

  // One read of the public generation per request, shared by all concurrent requests: the route
  // status, the page copy and the validators are checked against it, and it tells an outage.
  let generation: bigint;
  try {
    generation = await withTimeout(readPublicGeneration(), GENERATION_TIMEOUT_MS);
    noteDatabaseSuccess();
  } catch (error) {
    noteDatabaseFailure(error);
    if (isPlainDocumentRequest(request, { isQueryIgnored: ENTRY_PATH.test(pathname) })) {
      const stale = stalePage(pathname, OUTAGE_RETRY_AFTER_SECONDS);
      if (stale) return stale;
    }
    return outageResponse({ pathname, isHttps });
  }

  if (CACHED_INDEX_PATHS.has(pathname) && isPlainDocumentRequest(request)) {
    const page = await cachedPage({ pathname, generation, request });
    if (page) return page;
  }
  // Search results depend only on the publication and the query: kept per query like the read API.
  if (pathname === SEARCH_PATH && isPlainDocumentRequest(request, { isQueryIgnored: true })) {
    const page = await cachedPage({ pathname: `${pathname}${request.nextUrl.search}`, generation, request });
    if (page) return page;
  }
  const match = ENTRY_PATH.exec(pathname);
  const kind = match ? kindFromPath(match[1]!) : undefined;
  if (match && kind) {
    const route = await getRouteStatus({ kind, slug: match[2]!, generation });
    if (route.status === "moved") {
      forgetPage(pathname);
      const url = request.nextUrl.clone();
      url.pathname = `/${match[1]}/${route.slug}${match[3] ?? ""}`;
      // Revalidated like the page it replaces: the old slug may be published again.
      const moved = secured(NextResponse.redirect(url, 301), { policy: NON_DOCUMENT_POLICY, isHttps });
      moved.headers.set("cache-control", PUBLIC_PAGE_CACHE_CONTROL);
      return moved;
    }
    if (route.status === "gone" && !match[3]) {
      forgetPage(pathname);
      const url = request.nextUrl.clone();
      url.pathname = `/withdrawn/${match[1]}/${match[2]}`;
      return passThrough(request, { isHttps, isFill, rewriteTo: url, status: 410 });
    }
    // A plain page load is answered from the proxy's generation-stamped copy (lib/cache/page-html-cache.ts).
    if (route.status === "ok" && isPlainDocumentRequest(request, { isQueryIgnored: true })) {
      const page = await cachedPage({ pathname, generation, request });
      if (page) return page;
    }
  }

  const isRead = request.method === "GET" || request.method === "HEAD";
  const isPublic = !PRIVATE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  // The router's RSC fetches share the page's URL but not its body: no validator of the page's, and,
  // like everything a client can obtain, no lifetime of Next's (its ISR answers say s-maxage=31536000,
  // which a CDN would honour for a year, withdrawals included).
  if (isRead && isPublic && !isFill && request.headers.has("rsc")) {
    const response = passThrough(request, { isHttps, isFill });
    response.headers.set("cache-control", PRIVATE_REVALIDATE);
    return response;
  }
  if (isRead && isPublic && !isFill) {
    // Everything public changes only with a publication: a validator of the generation and the path
    // answers a CDN's or browser's revalidation after this one read.
    const etag = publicEtag({ generation, path: `${pathname}${request.nextUrl.search}` });
    // JSON, XML and share-card images carry no nonce: a shared cache may keep them (and must revalidate).
    const isShareable = pathname.startsWith("/api/") || pathname.endsWith(".xml") || pathname.includes("/opengraph-image");
    if (matchesIfNoneMatch(request, etag)) return notModified(etag, isShareable ? PUBLIC_PAGE_CACHE_CONTROL : PRIVATE_REVALIDATE);
    if (isCachedData(request)) {
      const copy = await cachedPage({ pathname: `${pathname}${request.nextUrl.search}`, generation, request, isDocument: false });
      if (copy) return copy;
    }
    const response = passThrough(request, { isHttps, isFill });
    response.headers.set("etag", etag);
    // A page rendered here (an entry address with no copy: a 404, a withdrawn entry's history) carries a
    // per-response nonce, so only the reader's own browser may keep it; JSON, XML and share cards carry
    // none and may be shared.
    response.headers.set("cache-control", isShareable ? PUBLIC_PAGE_CACHE_CONTROL : PRIVATE_REVALIDATE);
    if (isShareable) response.headers.set(...SHARED_CACHE_EXPIRY);
    return response;
  }
  return passThrough(request, { isHttps, isFill });
}

const PRIVATE_REVALIDATE = "private, max-age=0, must-revalidate";
// Answers that depend only on the publication and the URL, kept like pages. Searches are left out: each
// query would be a copy, and they would push the pages out of the store.
const CACHED_DATA_PATHS = new Set(["/feed.xml", "/sitemap.xml", "/robots.txt", "/api/v1/entries", "/api/v1/claims"]);
const API_ENTRY_PATH = /^\/api\/v1\/(events|actors|sources)\/[a-z0-9-]+(\/revisions)?$/;

function isCachedData(request: NextRequest): boolean {
  const { pathname, searchParams } = request.nextUrl;
  return (
    (CACHED_DATA_PATHS.has(pathname) || API_ENTRY_PATH.test(pathname)) && !searchParams.has("q") && isPlainDocumentRequest(request, { isQueryIgnored: true })
  );
}

/**
 * Lets Next answer, with the security headers; pages get a fresh nonce, which Next reads from the
 * request's Content-Security-Policy header and puts on its own scripts. The proxy's own fills get no
 * nonce: their HTML is stored and served to many, with script hashes instead.
 */
function passThrough(
  request: NextRequest,
  { isHttps, isFill, rewriteTo, status }: { isHttps: boolean; isFill: boolean; rewriteTo?: URL; status?: number },
): NextResponse {
  const { pathname } = request.nextUrl;
  const isDocument = !pathname.startsWith("/api/") && !pathname.endsWith(".xml") && !pathname.endsWith(".txt");
  let response: NextResponse;
  let policy = DOWNLOAD_PATH.test(pathname) ? DOWNLOAD_POLICY : NON_DOCUMENT_POLICY;
  if (isDocument && !isFill) {
    policy = pagePolicy([`'nonce-${newNonce()}'`], { isHttps });
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy);
    // The address asked for, for a sign-in redirect that comes back to it (lib/users/current-actor.ts).
    headers.set(REQUEST_PATH_HEADER, requestPath(request.nextUrl));
    response = rewriteTo ? NextResponse.rewrite(rewriteTo, { request: { headers }, status }) : NextResponse.next({ request: { headers } });
  } else {
    response = rewriteTo ? NextResponse.rewrite(rewriteTo, { status }) : NextResponse.next();
  }
  if (isFill) response.headers.set(PAGE_FILL_HEADER, PAGE_FILL_ANSWER);
  return secured(response, { policy, isHttps });
}

function secured<T extends Response>(response: T, { policy, isHttps }: { policy: string; isHttps: boolean }): T {
  applySecurityHeaders(response.headers, { policy, isHttps });
  return response;
}

/**
 * Server-action calls Next would answer with a stack trace in the log are refused here, quietly, with
 * one warning line each: bodies too large or nested too deeply for React's decoder (413, 400), from
 * another site (403), unreadable (400), and ids that name no action of this build (400, 409).
 */
async function refuseUnreadableAction(request: NextRequest, isHttps: boolean): Promise<Response | null> {
  const { pathname } = request.nextUrl;
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_ACTION_BYTES) {
    logger.warn({ path: pathname, bytes: declared }, "refused an oversized server-action body");
    return badRequest({ pathname, message: "The request is too large.", status: 413, isHttps });
  }
  const body = await request.clone().text();
  if (body.length > MAX_ACTION_BYTES) {
    logger.warn({ path: pathname, bytes: body.length }, "refused an oversized server-action body");
    return badRequest({ pathname, message: "The request is too large.", status: 413, isHttps });
  }
  if (nestingDepth(body) > MAX_ACTION_NESTING) {
    logger.warn({ path: pathname, limit: MAX_ACTION_NESTING }, "refused a server-action body nested too deeply");
    return badRequest({ pathname, message: "The request is nested too deeply.", isHttps });
  }
  // Next refuses a cross-origin action itself, but with a 500 and a stack trace.
  if (isCrossOrigin(request.headers.get("origin"), request.headers.get("x-forwarded-host") ?? request.headers.get("host"))) {
    logger.warn({ path: pathname }, "refused a cross-origin server action");
    return badRequest({ pathname, message: "Requests from another site are refused.", status: 403, isHttps });
  }
  // Forms post multipart bodies; a text body is the JSON-encoded arguments alone.
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/")) {
    const problem = unreadableActionBody(body);
    if (problem) {
      logger.warn({ path: pathname }, "refused an unreadable server-action body");
      return badRequest({ pathname, message: problem, isHttps });
    }
  }
  // Next answers these itself, with the same status and header, but logs a stack trace echoing the id.
  const actionId = request.headers.get("next-action") ?? "";
  const actionProblem = unknownActionId(actionId, isDevelopmentBuild ? null : buildActionIds(env().NEXT_DIST_DIR));
  if (actionProblem) {
    logger.warn(
      { path: loggedInput(pathname), action: loggedInput(actionId) },
      `refused a server action with ${actionProblem === "invalid" ? "an invalid" : "an unknown"} id`,
    );
    const status = actionProblem === "invalid" ? 400 : 409;
    const headers = applySecurityHeaders(new Headers({ "content-type": "text/plain", "cache-control": "no-store" }), { policy: NON_DOCUMENT_POLICY, isHttps });
    // The client router reloads the page on this header (a tab open since an older deployment).
    headers.set("x-nextjs-action-not-found", "1");
    return new Response(status === 400 ? "Invalid Server Action request." : "Server Action unavailable.", { status, headers });
  }
  return null;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`database did not answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export const config = {
  // Everything but Next's build files and the icon: pages need their headers, nonce and copy; the API
  // its validators and outage answer;
  // and the capture upload, whose streamed body the proxy would buffer in memory and cut at 10 MB
  // (experimental.proxyClientMaxBodySize): its route handler checks origin and session itself.
  // Anchored: a path that only begins like these (`/favicon.icox`, `/api/studio/capture-uploads/x`) is
  // a page Next answers, with a 404 document that needs the headers like any other.
  matcher: ["/((?!_next/static/|_next/image$|favicon\\.ico$|icon\\.svg$|api/studio/capture-uploads$).*)"],
};
