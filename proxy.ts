import { NextResponse, type NextRequest } from "next/server";
import { getRouteStatus } from "./lib/entries/get-route-status";
import { kindFromPath } from "./lib/entries/kinds";
import { logger } from "./lib/logger";

const ENTRY_PATH = /^\/(events|actors|sources)\/([a-z0-9-]+)(\/history)?$/;

// Pages cannot choose their status code, so the proxy answers withdrawn entries with 410 and old slugs
// with 301 before the page renders. It is not an access check: pages and the data layer scope their own reads.
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  logger.info({ method: request.method, path: pathname }, "request");
  const match = ENTRY_PATH.exec(pathname);
  if (!match) return NextResponse.next();
  const kind = kindFromPath(match[1]!);
  if (!kind) return NextResponse.next();
  const route = await getRouteStatus({ kind, slug: match[2]! });
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
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
