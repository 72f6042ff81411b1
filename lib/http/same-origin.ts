import "server-only";
import { siteUrl } from "../site-url";
import { jsonError } from "./json-errors";

/** A file upload sends its bytes as application/octet-stream: not a type a cross-site form can send either. */
export type SameOriginOptions = { bodyType?: "application/json" | "application/octet-stream" };

/**
 * Why a request that changes data is refused, or null when it may go on. A browser always sends
 * `Origin` with a POST; another site's page can send a cookie-carrying `text/plain` form but can send
 * `application/json` only after a CORS preflight we never grant, so requiring both stops cross-site
 * requests. A client without a browser (automation) sends the public origin itself.
 */
export function crossOriginRefusal(request: Request, { bodyType = "application/json" }: SameOriginOptions = {}): Response | null {
  if (request.headers.get("origin") !== new URL(siteUrl()).origin) {
    return jsonError(403, "Requests that change data must come from this site (Origin header)");
  }
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== bodyType) return jsonError(403, `Requests that change data must send ${bodyType}`);
  return null;
}
