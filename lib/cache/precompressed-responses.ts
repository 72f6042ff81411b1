import http from "node:http";

// Next.js drops `Content-Encoding` and `Content-Length` from the responses a proxy (middleware) returns,
// because it assumes a body `fetch` already decoded (next/dist/server/send-response.js, FORBIDDEN_HEADERS),
// and then compresses the body again. The proxy's page copies are compressed once, when stored
// (page-html-cache.ts), so the proxy names their encoding and length in these two headers instead, and
// this hook, installed once at server start (instrumentation.ts), turns them back into the real ones as
// Next copies the headers onto the Node response. With `Content-Encoding` set, Next's compression
// leaves the body alone ("already encoded"). See docs/decisions/004-public-page-cache.md.

export const ENCODING_HEADER = "x-expediente-content-encoding";
export const LENGTH_HEADER = "x-expediente-content-length";

const INSTALLED = Symbol.for("expediente.precompressed-responses");

function realName(name: string): string | null {
  if (name === ENCODING_HEADER) return "content-encoding";
  if (name === LENGTH_HEADER) return "content-length";
  return null;
}

export function installPrecompressedResponses(): void {
  const proto = http.ServerResponse.prototype as http.ServerResponse & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const appendHeader = proto.appendHeader;
  const setHeader = proto.setHeader;
  proto.appendHeader = function (this: http.ServerResponse, name: string, value: string | readonly string[]) {
    const real = realName(name);
    return real ? setHeader.call(this, real, value) : appendHeader.call(this, name, value);
  };
  proto.setHeader = function (this: http.ServerResponse, name: string, value: number | string | readonly string[]) {
    return setHeader.call(this, realName(name) ?? name, value);
  };
}
