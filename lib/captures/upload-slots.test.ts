import { describe, expect, it } from "vitest";
import { takeUploadSlot, UPLOADS_PER_USER } from "./upload-slots";

describe("takeUploadSlot", () => {
  it("gives each person UPLOADS_PER_USER slots, refuses the next, and frees a slot once, however often it is released", () => {
    const person = `person-${Math.random()}`;
    const releases = Array.from({ length: UPLOADS_PER_USER }, () => takeUploadSlot(person));
    expect(releases.every((release) => release !== null)).toBe(true);
    expect(takeUploadSlot(person)).toBeNull();
    // Another person is not held back.
    const other = takeUploadSlot(`other-${Math.random()}`);
    expect(other).not.toBeNull();
    other?.();
    releases[0]?.();
    releases[0]?.();
    const next = takeUploadSlot(person);
    expect(next).not.toBeNull();
    expect(takeUploadSlot(person)).toBeNull();
    next?.();
    releases[1]?.();
  });
});
