import { describe, expect, it } from "vitest";
import { approximateBytes } from "./approximate-bytes.mjs";
import { LruMap } from "./lru-map.mjs";

describe("LruMap", () => {
  it("forgets the least recently used entry beyond its count", () => {
    const lru = new LruMap<string, number>(2);
    lru.set("a", 1).set("b", 2);
    lru.get("a"); // a is now the most recent
    lru.set("c", 3);
    expect([...["a", "b", "c"]].map((key) => lru.peek(key))).toEqual([1, undefined, 3]);
  });

  it("forgets the least recently used entries beyond its byte budget, and keeps the count of bytes", () => {
    const lru = new LruMap<string, string>(100, { maxBytes: 10, sizeOf: (value) => value.length });
    lru.set("a", "xxxx").set("b", "xxxx");
    lru.peek("a"); // a peek is not a use
    lru.set("c", "xxxx");
    expect(lru.peek("a")).toBeUndefined();
    expect(lru.size).toBe(2);
    expect(lru.bytes).toBe(8);
    lru.set("b", "x"); // replacing a value counts its new size only
    expect(lru.bytes).toBe(5);
    lru.delete("c");
    expect(lru.bytes).toBe(1);
  });

  it("does not keep a value larger than the whole budget, and evicts nothing for it", () => {
    const lru = new LruMap<string, string>(100, { maxBytes: 10, sizeOf: (value) => value.length });
    lru.set("small", "xx").set("huge", "x".repeat(11));
    expect(lru.peek("huge")).toBeUndefined();
    expect(lru.peek("small")).toBe("xx");
    expect(lru.bytes).toBe(2);
  });
});

describe("approximateBytes", () => {
  it("weighs strings at two bytes a character and byte arrays at their length, inside objects and Maps", () => {
    const page = { kind: "APP_PAGE", html: "é".repeat(1000), rscData: Buffer.alloc(5000), segmentData: new Map([["/a", Buffer.alloc(300)]]) };
    const bytes = approximateBytes(page);
    expect(bytes).toBeGreaterThanOrEqual(2000 + 5000 + 300);
    expect(bytes).toBeLessThan(2000 + 5000 + 300 + 1000);
  });
});
