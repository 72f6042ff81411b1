import { NextResponse, type NextRequest } from "next/server";
import { cachedPage, isPlainDocumentRequest, PAGE_FILL_HEADER, PAGE_FILL_TOKEN, PUBLIC_PAGE_CACHE_CONTROL } from "./lib/cache/page-html-cache";
import { readPublicGeneration } from "./lib/cache/public-generation";
import { getRouteStatus } from "./lib/entries/get-route-status";
import { kindFromPath } from "./lib/entries/kinds";
import { logger } from "./lib/logger";

const ENTRY_PATH = /^\/(events|actors|sources)\/([a-z0-9-]+)(\/history(?:\/(?:[1-9][0-9]{0,8}|compare))?)?$/;
// Public pages without a slug whose plain load (no filters) is the same for every reader.
const CACHED_INDEX_PATHS = new Set(["/", "/events", "/actors", "/sources"]);

// Pages cannot choose their status code, so the proxy answers withdrawn entries with 410 and old slugs
// with 301 before the page renders. It is not an access check: pages and the data layer scope their own reads.
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  logger.info({ method: request.method, path: pathname }, "request");
  if (CACHED_INDEX_PATHS.has(pathname)) {
    if (isPlainDocumentRequest(request)) {
      const page = await cachedPage({ pathname, generation: await readPublicGeneration() });
      if (page) return page;
    }
    return withFillToken(request, NextResponse.next());
  }
  const match = ENTRY_PATH.exec(pathname);
  if (!match) return NextResponse.next();
  const kind = kindFromPath(match[1]!);
  if (!kind) return NextResponse.next();
  // One read of the public generation per request: the route status and the page copy are both
  // checked against it.
  const generation = await readPublicGeneration();
  const route = await getRouteStatus({ kind, slug: match[2]!, generation });
  if (route.status === "moved") {
    const url = request.nextUrl.clone();
    url.pathname = `/${match[1]}/${route.slug}${match[3] ?? ""}`;
    return NextResponse.redirect(url, 301);
  }
  if (route.status === "gone" && !match[3]) {
    const url = request.nextUrl.clone();
    url.pathname = `/withdrawn/${match[1]}/${match[2]}`;
    return NextResponse.rewrite(url, { status: 410 });
  }
  // A plain page load is answered from the proxy's generation-stamped copy (lib/cache/page-html-cache.ts).
  if (route.status === "ok" && isPlainDocumentRequest(request)) {
    const page = await cachedPage({ pathname, generation });
    if (page) return page;
  }
  // Entry pages are cached inside each instance and retired the moment a publication commits
  // (docs/decisions/004-public-page-cache.md). A CDN or browser cannot know when that happens, so they
  // must ask every time; Next's own header for a cached page (s-maxage of a year) would let a CDN
  // serve a withdrawn page long after its withdrawal.
  const response = NextResponse.next();
  response.headers.set("cache-control", PUBLIC_PAGE_CACHE_CONTROL);
  return withFillToken(request, response);
}

/** The proxy's own fill requests are answered with this process's token (lib/cache/page-html-cache.ts). */
function withFillToken(request: NextRequest, response: NextResponse): NextResponse {
  if (request.headers.has(PAGE_FILL_HEADER)) response.headers.set(PAGE_FILL_HEADER, PAGE_FILL_TOKEN);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
