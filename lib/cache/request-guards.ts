// Cheap checks the proxy makes before a request reaches Next, for inputs Next itself answers with a
// 500 and a stack trace (docs/trust.md).

/** False when the path holds a malformed percent-encoding (`/events/%FF`): Next would fail to decode it. */
export function isWellFormedPath(pathname: string): boolean {
  if (!pathname.includes("%")) return true;
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** Deeper than any form of ours (a few levels); deep enough to refuse before React's decoder recurses. */
export const MAX_ACTION_NESTING = 64;
/** Server-action bodies above this are refused before they are read (Next's own default limit is 1 MB). */
export const MAX_ACTION_BYTES = 1024 * 1024;

/**
 * The deepest nesting of `[` / `{` in a server-action body (JSON-encoded arguments, plain or inside
 * multipart fields), outside JSON strings; stops counting past `limit`.
 */
export function nestingDepth(body: string, limit = MAX_ACTION_NESTING): number {
  let depth = 0;
  let deepest = 0;
  let isInString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (isInString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) isInString = false;
      continue;
    }
    if (c === 34) isInString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return deepest;
}
