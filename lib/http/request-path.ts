// Server components cannot read the address they render for; the proxy tells them, so that a signed-out
// deep link (/studio/review/<id>?round=2 from an e-mail) signs in and comes back to itself.

/** Set by the proxy on every page request it passes to Next, replacing whatever a client sent. */
export const REQUEST_PATH_HEADER = "x-expediente-request-path";

/** The path and query a person asked for, without the router's cache-busting `_rsc` parameter. */
export function requestPath(url: URL): string {
  const search = new URLSearchParams(url.search);
  search.delete("_rsc");
  const query = search.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}
