// Client-safe: the login page, the login form and next-auth's redirect callback all use it.

/**
 * The same-origin path (path, query, fragment) a callback URL names, or `fallback`. The value is
 * parsed as browsers parse it (WHATWG URL: "\" is "/", tabs and newlines are dropped, dot segments
 * resolve), so "/\evil.example", "//evil", "/\t/evil" or "https://evil" cannot leave the site, and
 * the path that comes out can never be read as protocol-relative.
 */
export function sameOriginPath(value: unknown, origin: string, fallback = "/studio"): string {
  if (typeof value !== "string" || value.trim() === "") return fallback;
  let url: URL;
  let base: URL;
  try {
    base = new URL(origin);
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin || (url.protocol !== "http:" && url.protocol !== "https:")) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : fallback;
}
