import { describe, expect, it } from "vitest";
import { changedFields, mergeContent } from "./merge-content";

const base = { title: "Attack", summary: "Two sentences.", body: "Text", aliases: [{ name: "A" }] };

describe("mergeContent", () => {
  it("merges edits to different fields", () => {
    const theirs = { ...base, title: "Attack at San Miguel" };
    const mine = { ...base, body: "New text" };
    const result = mergeContent({ base, theirs, mine });
    expect(result).toEqual({ ok: true, merged: { ...base, title: "Attack at San Miguel", body: "New text" } });
  });

  it("reports a field both sides changed differently", () => {
    const theirs = { ...base, body: "Their text" };
    const mine = { ...base, body: "My text", title: "Mine" };
    expect(mergeContent({ base, theirs, mine })).toEqual({ ok: false, conflictingFields: ["body"] });
  });

  it("accepts the same change made on both sides", () => {
    const theirs = { ...base, summary: "Same." };
    const mine = { ...base, summary: "Same." };
    expect(mergeContent({ base, theirs, mine })).toEqual({ ok: true, merged: theirs });
  });

  it("keeps a field removed on my side removed", () => {
    const withNote = { ...base, note: "x" };
    const result = mergeContent({ base: withNote, theirs: { ...withNote, title: "T" }, mine: base });
    expect(result.ok && "note" in result.merged).toBe(false);
  });

  it("ignores key order inside values", () => {
    expect(changedFields({ a: { x: 1, y: 2 } }, { a: { y: 2, x: 1 } })).toEqual([]);
  });
});
