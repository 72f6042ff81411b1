import { describe, expect, it } from "vitest";
import { delayAfter, THROTTLE } from "./sign-in-delay";

describe("delayAfter", () => {
  it("lets the first few failures through at once, then doubles the wait up to the cap", () => {
    const account = Array.from({ length: 12 }, (_, i) => delayAfter(i + 1, THROTTLE.account));
    expect(account).toEqual([0, 0, 0, 1, 2, 4, 8, 16, 30, 30, 30, 30]);
    const address = Array.from({ length: 12 }, (_, i) => delayAfter(i + 1, THROTTLE.address));
    expect(address).toEqual([0, 0, 0, 0, 0, 1, 2, 4, 8, 15, 15, 15]);
  });

  it("never waits longer than the cap, however many failures", () => {
    expect(delayAfter(1_000_000, THROTTLE.account)).toBe(30);
    expect(delayAfter(25, THROTTLE.address)).toBe(15);
  });
});
