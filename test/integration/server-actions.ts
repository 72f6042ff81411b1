// Server actions called as the browser calls them: POST with the `Next-Action` header and the
// arguments encoded as React's encodeReply does for plain values. The ids come from the production
// build's server reference manifest, so a renamed or removed action fails here, not silently.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./run-script";

export const ACTION_NAMES = [
  "saveEntryAction",
  "submitEntryAction",
  "autosaveAction",
  "discardAutosaveAction",
  "presenceAction",
  "approveAction",
  "republishAction",
  "requestChangesAction",
  "restoreAction",
  "hideRevisionAction",
  "unhideRevisionAction",
  "inviteUserAction",
  "revokeInvitationAction",
  "updateUserAction",
  "acceptInvitationAction",
  "requestPasswordResetAction",
  "resetPasswordAction",
  "updateProfileAction",
  "changePasswordAction",
  "signOutEverywhereAction",
  "emailFrequencyAction",
  "startTotpEnrolmentAction",
  "confirmTotpEnrolmentAction",
  "disableTotpAction",
  "setSecondFactorPolicyAction",
  "withdrawAction",
  "markReadAction",
  "markAllReadAction",
  "emailPreferenceAction",
  "scheduleAction",
  "cancelScheduleAction",
  "bulkSubmitAction",
  "bulkAssignReviewerAction",
  "searchEntryOptionsAction",
] as const;
export type ActionName = (typeof ACTION_NAMES)[number];

type Manifest = { node: Record<string, { exportedName: string; filename: string }> };

/** Every server action the build exposes, by exported name. */
export function actionIds(): Record<string, string> {
  const file = path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  return Object.fromEntries(Object.entries(manifest.node).map(([id, action]) => [action.exportedName, id]));
}

/**
 * React's reply encoding for the values a client can send without extra parts: strings starting with
 * "$" are escaped, and undefined, NaN, ±Infinity, -0, BigInt and Date have their own "$" forms.
 */
export function encodeReply(args: unknown[]): string {
  const encode = (value: unknown): unknown => {
    if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
    if (value === undefined) return "$undefined";
    if (typeof value === "bigint") return `$n${value}`;
    if (typeof value === "number") {
      if (Number.isNaN(value)) return "$NaN";
      if (value === Infinity) return "$Infinity";
      if (value === -Infinity) return "$-Infinity";
      if (Object.is(value, -0)) return "$-0";
      return value;
    }
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? "$DInvalid Date" : `$D${value.toISOString()}`;
    if (Array.isArray(value)) return value.map(encode);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
    return value;
  };
  return JSON.stringify(encode(args));
}

export type ActionResponse = {
  status: number;
  contentType: string | null;
  /** The action's return value, or undefined when the response carries an error row or no result. */
  result: unknown;
  isErrorRow: boolean;
  text: string;
};

/** Reads the result row the first row points at ("a":"$@1") out of the RSC response. */
export function parseActionResponse(text: string): { result: unknown; isErrorRow: boolean } {
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0 && /^[0-9a-f]+$/.test(line.slice(0, colon))) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  const first = rows.get("0");
  if (!first) return { result: undefined, isErrorRow: false };
  const pointer = (JSON.parse(first) as { a?: string }).a;
  const row = pointer?.startsWith("$@") ? rows.get(pointer.slice(2)) : undefined;
  if (row === undefined) return { result: undefined, isErrorRow: false };
  if (row.startsWith("E")) return { result: undefined, isErrorRow: true };
  return { result: JSON.parse(row) as unknown, isErrorRow: false };
}

export async function postAction({
  baseUrl,
  id,
  body,
  cookie,
  pagePath = "/studio",
  headers = {},
}: {
  baseUrl: string;
  id: string;
  body: string;
  cookie?: string;
  pagePath?: string;
  headers?: Record<string, string>;
}): Promise<ActionResponse> {
  const response = await fetch(`${baseUrl}${pagePath}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "next-action": id,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      // The browser sends its own origin; the app's public origin is the server's own.
      origin: baseUrl,
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
    body,
  });
  const text = await response.text();
  const contentType = response.headers.get("content-type");
  if (!contentType?.includes("text/x-component")) return { status: response.status, contentType, result: undefined, isErrorRow: false, text };
  return { status: response.status, contentType, ...parseActionResponse(text), text };
}

/** The typed failure every action returns: a message next to a field, or one for the whole form. */
export function isFieldLevelFailure(result: unknown): boolean {
  if (!result || typeof result !== "object") return false;
  const r = result as { ok?: unknown; fieldErrors?: unknown; formError?: unknown; conflict?: unknown };
  if (r.ok !== false || !r.fieldErrors || typeof r.fieldErrors !== "object") return false;
  const fieldMessages = Object.values(r.fieldErrors as Record<string, unknown>);
  const hasFieldMessage =
    fieldMessages.length > 0 && fieldMessages.every((m) => Array.isArray(m) && m.length > 0 && m.every((x) => typeof x === "string" && x.length > 0));
  const hasFormMessage = typeof r.formError === "string" && r.formError.length > 0;
  return hasFieldMessage || hasFormMessage || r.conflict !== undefined;
}
