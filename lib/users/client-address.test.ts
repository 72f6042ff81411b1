import { describe, expect, it } from "vitest";
import { clientAddress, SOCKET_ADDRESS_HEADER } from "./client-address";

describe("clientAddress", () => {
  const headers = { [SOCKET_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "1.1.1.1, 2.2.2.2, 10.0.0.5" };

  it("uses the socket and ignores X-Forwarded-For when no proxy is trusted (the default)", () => {
    expect(clientAddress(headers, 0)).toBe("203.0.113.9");
    expect(clientAddress(new Headers(headers), 0)).toBe("203.0.113.9");
  });

  it("takes the N-th forwarded entry from the right with N trusted proxies", () => {
    expect(clientAddress(headers, 1)).toBe("10.0.0.5");
    expect(clientAddress(headers, 2)).toBe("2.2.2.2");
  });

  it("falls back to the socket when fewer proxies than configured were passed", () => {
    expect(clientAddress({ [SOCKET_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "1.1.1.1" }, 2)).toBe("203.0.113.9");
    expect(clientAddress({ [SOCKET_ADDRESS_HEADER]: "203.0.113.9" }, 1)).toBe("203.0.113.9");
  });

  it("answers one shared key when the server did not say (never a client-chosen one)", () => {
    expect(clientAddress({ "x-forwarded-for": "1.1.1.1" }, 0)).toBe("unknown");
    expect(clientAddress(undefined, 0)).toBe("unknown");
  });
});
