// Which HTTP methods each address answers, for the proxy's 405 and OPTIONS answers (RFC 9110: a 405
// names the methods the resource supports in `Allow`). Next answers a method a route handler does not
// export with a bare 405, and renders a page for any method (PUT /events/x was a 200). The table is
// checked against the exports of every app/**/route.ts by allowed-methods.test.ts.

/** Route handlers that take POST only: studio writes and the capture upload. */
const POST_ONLY = /^\/api\/studio\/(?:capture-uploads|captures\/[^/]+\/(?:hide|visibility)|reviews\/[^/]+\/approve)$/;
/** next-auth's endpoints: sign-in and sign-out posts, session and CSRF reads. */
const AUTH = /^\/api\/auth(?:\/|$)/;
/**
 * Read-only route handlers and metadata routes: the API, the feed, the open data, the sitemap,
 * robots.txt, share cards, the studio's downloads. Everything else is a page, which also takes POST
 * (server actions, with or without JavaScript).
 */
const READ_ONLY =
  /^\/(?:api\/|feed\.xml$|sitemap\.xml$|robots\.txt$|icon\.svg$|data\/(?:claims\.csv|record\.json|datapackage\.json|releases\.json|releases\/[^/]+\/(?:claims\.csv|record\.json))$|studio\/(?:export|dossier\.pdf)$)|\/opengraph-image/;

/** The methods `pathname` answers, in the order `Allow` lists them. */
export function allowedMethods(pathname: string): readonly string[] {
  if (POST_ONLY.test(pathname)) return ["POST", "OPTIONS"];
  if (AUTH.test(pathname)) return ["GET", "HEAD", "POST", "OPTIONS"];
  if (READ_ONLY.test(pathname)) return ["GET", "HEAD", "OPTIONS"];
  return ["GET", "HEAD", "POST", "OPTIONS"];
}

/**
 * Handlers for the methods a route outside the proxy's matcher does not take (the capture upload): Next
 * would answer them with a 405 that names no method. Everywhere else the proxy answers them.
 */
export function otherMethods(pathname: string) {
  const allow = allowedMethods(pathname).join(", ");
  const refuse = () =>
    Response.json(
      { error: { status: 405, message: "This address does not take that method." } },
      { status: 405, headers: { allow, "cache-control": "no-store" } },
    );
  return {
    GET: refuse,
    PUT: refuse,
    PATCH: refuse,
    DELETE: refuse,
    OPTIONS: () => new Response(null, { status: 204, headers: { allow, "cache-control": "no-store" } }),
  };
}
