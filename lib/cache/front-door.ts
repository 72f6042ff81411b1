import http from "node:http";
import { isDevelopmentBuild } from "../env";
import { currentOutage, noteDatabaseFailure, noteDatabaseSuccess } from "../health/database-outage.mjs";
import { chooseEncoding, heldCopy, ifNoneMatchNames, notModifiedHeaders, PAGE_FILL_HEADER, type StoredPage } from "./page-html-cache";
import { readPublicGeneration } from "./public-generation";
import { allowedMethods } from "../http/allowed-methods";

// The front door answers a plain page load from the proxy's copy before Next sees the request. Next's
// way to a proxy answer (a NextRequest, the proxy, then a copy of its Response onto the Node response)
// costs several times a static file; here it is one coalesced read of the public generation and one
// write. The rule is the proxy's (docs/decisions/004-public-page-cache.md): a copy is served only
// while its generation is current, so a publication or withdrawal shows on the next request on every
// instance. Anything else, and any doubt (a router header, no copy, a stale copy, the
// database not answering), goes to Next and the proxy exactly as before.

const INSTALLED = Symbol.for("expediente.front-door");
// Headers that make a request something other than a plain document load.
const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action", PAGE_FILL_HEADER];
// A generation read slower than this leaves the request to the proxy, which judges the outage.
const GENERATION_WAIT_MS = 2_000;

/** The copy a request could be answered from, judged on what is known without the database. */
function candidateCopy(request: http.IncomingMessage): StoredPage | undefined {
  // Pages are held under their bare path, data answers under path and query: a page load with a query
  // (?utm=…) finds no copy here and goes through the proxy.
  if (request.method !== "GET" || !request.url) return undefined;
  if (ROUTER_HEADERS.some((name) => name in request.headers)) return undefined;
  return heldCopy(request.url);
}

function currentGeneration(): Promise<bigint | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), GENERATION_WAIT_MS)));
  const read = readPublicGeneration().then(
    (generation) => {
      noteDatabaseSuccess();
      return generation;
    },
    (error: unknown) => {
      noteDatabaseFailure(error);
      return null;
    },
  );
  return Promise.race([read, late]).finally(() => clearTimeout(timer));
}

/**
 * Next throws on TRACE while it builds the proxy's request ("'TRACE' HTTP method is unsupported"), so
 * the proxy's 405 never runs and the client got a 500. TRACE is answered here, before Next, the same
 * way the proxy answers every other method an address does not take (RFC 9110: 405 with `Allow`).
 */
function refuseTrace(request: http.IncomingMessage, response: http.ServerResponse): void {
  const pathname = (request.url ?? "/").split("?")[0] ?? "/";
  const body = `This address does not take TRACE requests.\n`;
  response.writeHead(405, {
    allow: allowedMethods(pathname).join(", "),
    "cache-control": "no-store",
    "content-type": "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    "x-content-type-options": "nosniff",
  });
  response.end(body);
}

/** True when the copy answered; false leaves the request to Next. */
async function answerFromCopy(request: http.IncomingMessage, response: http.ServerResponse): Promise<boolean> {
  const generation = await currentGeneration();
  if (generation === null) return false;
  // Read again after the await: a concurrent fill may have stored a newer copy.
  const copy = heldCopy(request.url!);
  if (!copy || copy.generation !== generation) return false;
  if (ifNoneMatchNames(request.headers["if-none-match"], copy.etag)) {
    response.writeHead(304, notModifiedHeaders(copy.etag));
    response.end();
    return true;
  }
  const variant = copy.variants[chooseEncoding(request.headers["accept-encoding"] ?? null)];
  response.writeHead(200, variant.nodeHeaders);
  response.end(variant.body);
  return true;
}

/**
 * Installs the front door on every HTTP server of this process (once; from instrumentation.ts). A
 * request it may answer is held back from Next until the generation is read, then either answered
 * or handed to Next unchanged.
 */
export function installFrontDoor(): void {
  if (isDevelopmentBuild) return;
  const prototype = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (prototype[INSTALLED]) return;
  prototype[INSTALLED] = true;
  const emit = prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event !== "request") return emit.call(this, event, ...args);
    const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
    if (request.method === "TRACE") {
      refuseTrace(request, response);
      return true;
    }
    if (currentOutage()) return emit.call(this, event, ...args);
    if (!candidateCopy(request)) return emit.call(this, event, ...args);
    answerFromCopy(request, response).then(
      (isAnswered) => isAnswered || emit.call(this, event, ...args),
      () => emit.call(this, event, ...args),
    );
    return true;
  } as typeof prototype.emit;
}
