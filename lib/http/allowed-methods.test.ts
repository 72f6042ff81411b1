import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allowedMethods } from "./allowed-methods";

const APP = path.resolve(__dirname, "../../app");

/** Every app/**\/route.ts, as an address it answers and the methods it exports. */
function routeHandlers(): { address: string; methods: string[] }[] {
  const found: { address: string; methods: string[] }[] = [];
  for (const file of readdirSync(APP, { recursive: true, encoding: "utf8" })) {
    if (!/(^|\/)route\.tsx?$/.test(file)) continue;
    const source = readFileSync(path.join(APP, file), "utf8");
    const methods = new Set<string>();
    for (const [, name] of source.matchAll(/export (?:async )?(?:function|const) (GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(name!);
    for (const [, names] of source.matchAll(/export \{([^}]*)\}/g))
      for (const [, name] of names!.matchAll(/\bas (GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(name!);
    const address = `/${path.dirname(file)}`
      .split("/")
      .filter((segment) => !/^\(.*\)$/.test(segment))
      .map((segment) => (segment.startsWith("[") ? "sample" : segment))
      .join("/");
    found.push({ address, methods: [...methods] });
  }
  return found;
}

describe("allowed methods", () => {
  it("names exactly the methods each route handler exports, with HEAD beside GET and OPTIONS", () => {
    const handlers = routeHandlers();
    expect(handlers.length).toBeGreaterThan(15);
    for (const { address, methods } of handlers) {
      const expected = [...methods, ...(methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"];
      expect([...allowedMethods(address)].sort(), address).toEqual(expected.sort());
    }
  });

  it("lets pages take server actions, and metadata routes only reads", () => {
    expect(allowedMethods("/events/san-miguel-del-ene-attack")).toEqual(["GET", "HEAD", "POST", "OPTIONS"]);
    expect(allowedMethods("/studio/review/abc")).toContain("POST");
    // The account pages' forms are server actions too, signed in or not (issue 24).
    for (const address of ["/studio/account", "/login/forgot", "/login/invitation/abc", "/login/reset/abc"]) {
      expect(allowedMethods(address), address).toEqual(["GET", "HEAD", "POST", "OPTIONS"]);
    }
    for (const address of ["/sitemap.xml", "/robots.txt", "/events/x/opengraph-image-1rk9k5/card"]) expect(allowedMethods(address)).not.toContain("POST");
  });
});
