import { applySecurityHeaders, NON_DOCUMENT_POLICY } from "./security-headers";

// What the proxy answers while PostgreSQL does not (docs/decisions/006-database-outage.md): never a
// bare 500. Readers get a stored copy when the proxy holds one (page-html-cache.ts), else these.

/** Seconds a client should wait before asking again. */
export const OUTAGE_RETRY_AFTER_SECONDS = 30;

const STYLE =
  "body{margin:0;font:17px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1d1f23;background:#fff}" +
  "main{max-width:36rem;margin:12vh auto;padding:0 1.25rem}p.code{font-size:.85rem;letter-spacing:.08em;text-transform:uppercase;color:#6b6f76}" +
  "h1{font-size:1.6rem;line-height:1.25;margin:.2rem 0 1rem}a{color:#0b57d0}" +
  "@media (prefers-color-scheme:dark){body{color:#e6e7ea;background:#14161a}p.code{color:#a0a4ab}a{color:#8ab4f8}}";

function page({ title, lines, isStaff }: { title: string; lines: string[]; isStaff: boolean }): string {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${title} · Expediente</title><style>${STYLE}</style></head><body><main id="main">` +
    `<p class="code">503 · ${isStaff ? "Studio" : "Expediente"}</p><h1>${title}</h1>${lines.map((line) => `<p>${line}</p>`).join("")}` +
    `<p><a href="">Try again</a></p></main></body></html>`
  );
}

function headersFor(contentType: string, isHttps: boolean): Headers {
  const headers = applySecurityHeaders(new Headers({ "content-type": contentType }), { policy: NON_DOCUMENT_POLICY, isHttps });
  headers.set("retry-after", String(OUTAGE_RETRY_AFTER_SECONDS));
  headers.set("cache-control", "no-store");
  return headers;
}

/** The 503 answer for `pathname` while the database is unavailable: JSON for the API, XML for the feed and sitemap, a styled page otherwise. */
export function outageResponse({ pathname, isHttps }: { pathname: string; isHttps: boolean }): Response {
  if (pathname.startsWith("/api/")) {
    const body = { error: { status: 503, message: "The database is unavailable; try again shortly.", retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS } };
    return new Response(JSON.stringify(body), { status: 503, headers: headersFor("application/json", isHttps) });
  }
  if (pathname.endsWith(".xml")) {
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<error status="503" retry-after="${OUTAGE_RETRY_AFTER_SECONDS}">The database is unavailable; try again shortly.</error>\n`;
    return new Response(body, { status: 503, headers: headersFor("application/xml; charset=utf-8", isHttps) });
  }
  const isStaff = pathname === "/studio" || pathname.startsWith("/studio/") || pathname === "/login";
  const html = isStaff
    ? page({
        title: "The database is unavailable, your work is kept",
        lines: [
          "Expediente cannot reach its database at the moment. Every revision you saved is safe. If an editor tab is still open, keep it open: your text stays there, and you can save it once the database is back.",
          "This page will work again as soon as the database is back; you do not need to sign in again.",
        ],
        isStaff,
      })
    : page({
        title: "The record is briefly unavailable",
        lines: ["Expediente cannot reach its database at the moment. Please try again in a minute."],
        isStaff,
      });
  return new Response(html, { status: 503, headers: headersFor("text/html; charset=utf-8", isHttps) });
}

/** 400 for a request Next would fail on (a malformed path, a nested server-action body). */
export function badRequest({ pathname, message, status = 400, isHttps }: { pathname: string; message: string; status?: number; isHttps: boolean }): Response {
  if (pathname.startsWith("/api/"))
    return new Response(JSON.stringify({ error: { status, message } }), { status, headers: headersFor("application/json", isHttps) });
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bad request · Expediente</title><style>${STYLE}</style></head><body><main id="main"><p class="code">${status}</p><h1>This address cannot be read</h1><p>${message}</p><p><a href="/">Home page</a></p></main></body></html>`;
  const headers = headersFor("text/html; charset=utf-8", isHttps);
  headers.delete("retry-after");
  return new Response(html, { status, headers });
}
