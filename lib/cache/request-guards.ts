import { readFileSync } from "node:fs";
import path from "node:path";

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

/**
 * Why a single-part server-action body (JSON-encoded arguments, sent as text) cannot be a call our
 * forms made, or null. React's decoder answers these with a 500 and a stack trace: a body that is not
 * JSON, and references to other parts (`"$1"`, `"$@7"`, `"$1:__proto__:…"`) when there is no other part.
 * React escapes a string that starts with `$` as `$$`, and encodes `undefined`, dates, numbers it
 * cannot write as JSON with letters (`$undefined`, `$D…`, `$n…`, `$Infinity`), which stay allowed.
 */
export function unreadableActionBody(body: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return "The request is not a valid call.";
  }
  return hasPartReference(parsed) ? "The request refers to parts it does not carry." : null;
}

// Part ids are lowercase hex (`$1`, `$a`); typed references put a letter before one (`$@7`, `$K2`, `$B3`).
// `$D2021-…` (a date) starts with an uppercase letter and a digit, and is not a reference.
const PART_REFERENCE = /^\$(?:[0-9a-f]|[@FQWKBRTXAOoUiIlLgGMmVvbY](?:[0-9a-f]|$))|:(?:__proto__|constructor|prototype)(?::|$)/;

function hasPartReference(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === "string") {
      if (item.startsWith("$") && !item.startsWith("$$") && PART_REFERENCE.test(item)) return true;
    } else if (Array.isArray(item)) pending.push(...item);
    else if (item && typeof item === "object") {
      pending.push(...Object.values(item));
    }
  }
  return false;
}

/** True when a browser's `Origin` names another host than the one the request was sent to. */
export function isCrossOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** What a logged input keeps of what a client sent: enough to recognise it, never a flood. */
export const MAX_LOGGED_INPUT = 64;

/** `value` cut to MAX_LOGGED_INPUT characters, for a log line. */
export function loggedInput(value: string): string {
  return value.length > MAX_LOGGED_INPUT ? `${value.slice(0, MAX_LOGGED_INPUT)}…` : value;
}

// Next names a server action by 42 hex digits (a flag byte and a hash; next/dist/shared/lib/server-reference-info).
const ACTION_ID = /^[0-9a-f]{42}$/;

/**
 * Why a `Next-Action` header names no action of this build, or null: `invalid` when it cannot be an
 * action id, `unknown` when the build has none by that id (a forged id, or a tab open since an older
 * deployment). Next answers both itself, with the same statuses, but logs a stack trace with the input
 * each time. `knownIds` null: the build's list could not be read, and Next judges.
 */
export function unknownActionId(id: string, knownIds: ReadonlySet<string> | null): "invalid" | "unknown" | null {
  if (!ACTION_ID.test(id)) return "invalid";
  if (knownIds && !knownIds.has(id)) return "unknown";
  return null;
}

let knownIds: ReadonlySet<string> | null | undefined;

/**
 * The server actions of the running build, read once from Next's manifest
 * (`<distDir>/server/server-reference-manifest.json`, which `next start` reads from the working
 * directory as well); null when it cannot be read (the development server writes it as it compiles).
 */
export function buildActionIds(distDir: string): ReadonlySet<string> | null {
  if (knownIds !== undefined) return knownIds;
  try {
    const manifest = JSON.parse(readFileSync(path.join(process.cwd(), distDir, "server", "server-reference-manifest.json"), "utf8")) as {
      node?: Record<string, unknown>;
    };
    knownIds = manifest.node ? new Set(Object.keys(manifest.node)) : null;
  } catch {
    knownIds = null;
  }
  return knownIds;
}
