import http from "node:http";
import https from "node:https";
import { SOCKET_ADDRESS_HEADER } from "./client-address";

const INSTALLED = Symbol.for("expediente.socketAddressHeader");

/**
 * Next.js gives route handlers and the proxy no socket address (`request.ip` is gone, and the
 * `X-Forwarded-For` it adds is kept when a client sent its own). This writes the TCP peer's address
 * into SOCKET_ADDRESS_HEADER on every request the Node server receives, before Next sees it,
 * overwriting anything a client sent under that name. Called once from instrumentation.ts.
 */
export function installSocketAddressHeader(): void {
  for (const Server of [http.Server, https.Server]) {
    const prototype = Server.prototype as http.Server & { [INSTALLED]?: boolean };
    if (prototype[INSTALLED]) continue;
    const emit = prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
    prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const request = args[0] as http.IncomingMessage;
        request.headers[SOCKET_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
      }
      return emit.call(this, event, ...args);
    } as typeof prototype.emit;
    prototype[INSTALLED] = true;
  }
}
