// Which client a sign-in attempt comes from, for throttling. Dependency-free so proxy.ts and
// instrumentation.ts may import it.

/**
 * Set on every request by the HTTP server itself, from the TCP connection (see
 * installSocketAddressHeader): whatever a client sends under this name is overwritten, so it cannot be forged.
 */
export const SOCKET_ADDRESS_HEADER = "x-expediente-socket-address";

type HeaderBag = Headers | Record<string, unknown> | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return typeof value === "string" ? value : Array.isArray(value) && typeof value[0] === "string" ? value[0] : undefined;
}

/**
 * The client's address. With `trustedProxyHops` 0 (the default: nothing in front of the app) it is the
 * socket's address, and `X-Forwarded-For`, which any client can write, is ignored. With N proxies of
 * our own in front, each appending the address it saw, it is the N-th entry from the right: entries
 * further left were written by the client and are ignored. A request that passed fewer proxies than
 * configured (it reached the app directly) is keyed by its socket.
 */
export function clientAddress(headers: HeaderBag, trustedProxyHops: number): string {
  const socket = header(headers, SOCKET_ADDRESS_HEADER)?.trim() || "unknown";
  if (trustedProxyHops <= 0) return socket;
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded.length >= trustedProxyHops ? forwarded[forwarded.length - trustedProxyHops]! : socket;
}
