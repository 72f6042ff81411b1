import { createHash, randomBytes } from "node:crypto";
import { isDevelopmentBuild } from "../env";

// Security headers of every response the proxy makes or passes on (docs/decisions/005-content-security-policy.md).
// Scripts are allowed by nonce on pages rendered per request (Next puts the nonce it finds in the
// request's Content-Security-Policy header on its own scripts) and by hash on the proxy's stored page
// copies (computed once when a copy is stored). Never 'unsafe-inline' for scripts.

/** Headers every response carries; next.config.js sends the same on what the proxy does not see. */
export const BASE_SECURITY_HEADERS: [string, string][] = [
  ["x-frame-options", "DENY"],
  ["x-content-type-options", "nosniff"],
  ["referrer-policy", "strict-origin-when-cross-origin"],
  ["permissions-policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"],
];

// Keeps other sites' windows out of a document's browsing context group (no opener handle, no shared
// process). Every document gets it but the proxy's stored copies that run no script: those are the same
// bytes for every reader, signed in or not, and hold nothing of theirs, while isolating them costs each
// reader's navigation a new renderer process (Chrome on Android isolates every site that sends it).
const OPENER_ISOLATION: [string, string] = ["cross-origin-opener-policy", "same-origin"];

const HSTS = "max-age=63072000; includeSubDomains";

/** CSP for answers that are not documents (JSON, XML, 503 pages without scripts): nothing may run or frame them. */
export const NON_DOCUMENT_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * CSP of a download that may hold another site's page (a capture, decision 008): a unique origin, no
 * script, nothing loaded, should a browser ever render it.
 */
export const DOWNLOAD_POLICY = "sandbox; default-src 'none'";

/**
 * The policy of an HTML page whose scripts are `scriptSources` ('nonce-…' or 'sha256-…' tokens), or of
 * one that runs none (`isScriptless`: a stored reader page without the framework's scripts).
 */
export function pagePolicy(scriptSources: string[], { isHttps, isScriptless = false }: { isHttps: boolean; isScriptless?: boolean }): string {
  return [
    "default-src 'self'",
    // 'self' for Next's chunk files; inline scripts only by nonce or hash. React's development build needs eval.
    isScriptless ? "script-src 'none'" : `script-src 'self' ${scriptSources.join(" ")}${isDevelopmentBuild ? " 'unsafe-eval'" : ""}`,
    // Style attributes (React's style props) cannot carry a nonce; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDevelopmentBuild ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const EXECUTABLE_TYPE = /^\s*$|^(text|application)\/(javascript|ecmascript)$|^module$/i;

/**
 * The policy of a stored page: its inline scripts by hash, or no script at all when it loads and holds
 * none that runs (JSON-LD is data). One scan of the HTML, when the copy is stored.
 */
export function storedPagePolicy(html: string, { isHttps }: { isHttps: boolean }): { policy: string; isScriptless: boolean } {
  const hashes = inlineScriptHashes(html);
  const isScriptless = hashes.length === 0 && !/<script\b[^>]*\bsrc\s*=/i.test(html);
  return { policy: pagePolicy(hashes, { isHttps, isScriptless }), isScriptless };
}

/**
 * 'sha256-…' sources for every inline script of a stored page (not data blocks such as JSON-LD, not
 * scripts with a src, which 'self' covers). Computed once per stored copy.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = "", content = ""] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? "";
    if (!EXECUTABLE_TYPE.test(type)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(content, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/**
 * Sets the base headers, HSTS on an https origin, `policy` as the CSP, and opener isolation unless the
 * answer is a stored copy that runs no script (`isSharedScriptless`).
 */
export function applySecurityHeaders(
  headers: Headers,
  { policy, isHttps, isSharedScriptless = false }: { policy: string; isHttps: boolean; isSharedScriptless?: boolean },
): Headers {
  for (const [name, value] of BASE_SECURITY_HEADERS) headers.set(name, value);
  if (!isSharedScriptless) headers.set(...OPENER_ISOLATION);
  if (isHttps) headers.set("strict-transport-security", HSTS);
  headers.set("content-security-policy", policy);
  return headers;
}
