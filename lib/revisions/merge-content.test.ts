import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changedFields, joinBoth, mergeContent, mergeText, resolveText } from "./merge-content";

const base = { title: "Attack", summary: "Two sentences.", body: "Text", aliases: [{ name: "A" }] };

const body = ["First paragraph.", "", "Second paragraph.", "", "Third paragraph."].join("\n");

describe("mergeContent", () => {
  it("merges edits to different fields", () => {
    const theirs = { ...base, title: "Attack at San Miguel" };
    const mine = { ...base, body: "New text" };
    const result = mergeContent({ base, theirs, mine });
    expect(result).toEqual({ ok: true, merged: { ...base, title: "Attack at San Miguel", body: "New text" } });
  });

  it("merges a line added at the top of a body with a sentence added at its end", () => {
    const b = { ...base, body };
    const theirs = { ...b, body: `A new opening line.\n${body}` };
    const mine = { ...b, body: `${body} A sentence at the end.` };
    expect(mergeContent({ base: b, theirs, mine })).toEqual({
      ok: true,
      merged: { ...b, body: `A new opening line.\n${body} A sentence at the end.` },
    });
  });

  it("merges sentences added at both ends of a one-line summary", () => {
    const b = { ...base, summary: "The attack killed sixteen people. The army blamed the MPCP." };
    const theirs = { ...b, summary: `In May 2021: ${b.summary}` };
    const mine = { ...b, summary: `${b.summary} Witnesses doubt it.` };
    const result = mergeContent({ base: b, theirs, mine });
    expect(result).toEqual({
      ok: true,
      merged: { ...b, summary: "In May 2021: The attack killed sixteen people. The army blamed the MPCP. Witnesses doubt it." },
    });
  });

  it("returns overlapping hunks as a conflict with base, theirs and mine, everything else merged", () => {
    const b = { ...base, body };
    const theirs = { ...b, title: "Their title", body: body.replace("Second paragraph.", "Their second paragraph.") };
    const mine = { ...b, body: `Opening.\n${body.replace("Second paragraph.", "My second paragraph.")}` };
    const result = mergeContent({ base: b, theirs, mine });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.conflicts).toEqual([
      {
        kind: "text",
        path: "body",
        base: body,
        theirs: theirs.body,
        mine: mine.body,
        pieces: [
          { kind: "same", text: "Opening.\nFirst paragraph.\n\n" },
          { kind: "conflict", base: "Second paragraph.\n", theirs: "Their second paragraph.\n", mine: "My second paragraph.\n" },
          { kind: "same", text: "\nThird paragraph." },
        ],
      },
    ]);
    // What merged is kept; the conflicting field holds my text until I choose.
    expect(result.merged).toEqual({ ...b, title: "Their title", body: mine.body });
  });

  it("accepts the same change made on both sides", () => {
    const theirs = { ...base, summary: "Same." };
    const mine = { ...base, summary: "Same." };
    expect(mergeContent({ base, theirs, mine })).toEqual({ ok: true, merged: theirs });
  });

  it("merges identical hunks inside otherwise different edits of one text", () => {
    const b = { ...base, body };
    const theirs = { ...b, body: `Top.\n${body.replace("Third", "Last")}` };
    const mine = { ...b, body: body.replace("Third", "Last").replace("Second", "Middle") };
    expect(mergeContent({ base: b, theirs, mine })).toEqual({ ok: true, merged: { ...b, body: `Top.\n${mine.body}` } });
  });

  it("keeps a field removed on my side removed", () => {
    const withNote = { ...base, note: "x" };
    const result = mergeContent({ base: withNote, theirs: { ...withNote, title: "T" }, mine: base });
    expect(result.ok && "note" in result.merged).toBe(false);
  });

  it("keeps an item one side removed removed when the other side only moved it, and asks when it changed it", () => {
    const [a, b, c] = [
      { id: "a", text: "A" },
      { id: "b", text: "B" },
      { id: "c", text: "C" },
    ];
    for (const [theirs, mine] of [
      [
        [a, c],
        [a, c, b],
      ],
      [
        [a, c, b],
        [a, c],
      ],
    ]) {
      const result = mergeContent({ base: { timeline: [a, b, c] }, theirs: { timeline: theirs }, mine: { timeline: mine } });
      expect(result).toEqual({ ok: true, merged: { timeline: [a, c] } });
    }
    const changed = mergeContent({ base: { timeline: [a, b, c] }, theirs: { timeline: [a, c] }, mine: { timeline: [a, c, { id: "b", text: "B, edited" }] } });
    expect(changed.ok).toBe(false);
  });

  it("merges text nested in objects and in lists whose items stayed in place", () => {
    const b = {
      investigation: { status: "open", note: "Opened in June." },
      timeline: [
        { id: "t1", text: "Shots at night." },
        { id: "t2", text: "Bodies found." },
      ],
    };
    const theirs = { investigation: { status: "closed", note: "Opened in June." }, timeline: [{ id: "t1", text: "Shots at 22:00." }, b.timeline[1]] };
    const mine = {
      investigation: { status: "open", note: "Opened in June. Moved to Lima." },
      timeline: [b.timeline[0], { id: "t2", text: "Sixteen bodies found." }],
    };
    expect(mergeContent({ base: b, theirs, mine })).toEqual({
      ok: true,
      merged: {
        investigation: { status: "closed", note: "Opened in June. Moved to Lima." },
        timeline: [
          { id: "t1", text: "Shots at 22:00." },
          { id: "t2", text: "Sixteen bodies found." },
        ],
      },
    });
  });

  describe("lists of items with ids", () => {
    const moment = (id: string, text: string) => ({ id, text });
    const b = { timeline: [moment("t1", "Shots at night."), moment("t2", "Bodies found."), moment("t3", "Army statement.")] };

    it("keeps an item one side added and a text the other changed in another item", () => {
      const theirs = { timeline: [b.timeline[0], moment("new", "Survivors fled."), b.timeline[1], b.timeline[2]] };
      const mine = { timeline: [b.timeline[0], b.timeline[1], moment("t3", "Army statement 005-2021.")] };
      expect(mergeContent({ base: b, theirs, mine })).toEqual({
        ok: true,
        merged: { timeline: [b.timeline[0], moment("new", "Survivors fled."), b.timeline[1], moment("t3", "Army statement 005-2021.")] },
      });
    });

    it("keeps items both sides added at one place, theirs first, and an item one side removed stays removed", () => {
      const theirs = { timeline: [...b.timeline, moment("a", "Theirs.")] };
      const mine = { timeline: [b.timeline[0], b.timeline[2], moment("m", "Mine.")] };
      expect(mergeContent({ base: b, theirs, mine })).toEqual({
        ok: true,
        merged: { timeline: [b.timeline[0], b.timeline[2], moment("a", "Theirs."), moment("m", "Mine.")] },
      });
    });

    it("asks for a choice when one side removed an item the other changed", () => {
      const theirs = { timeline: [b.timeline[0], b.timeline[2]] };
      const mine = { timeline: [b.timeline[0], moment("t2", "Sixteen bodies found."), b.timeline[2]] };
      const result = mergeContent({ base: b, theirs, mine });
      expect(result.ok ? [] : result.conflicts.map((c) => [c.kind, c.path])).toEqual([["value", "timeline"]]);
    });

    it("reports a text conflict inside an item at its place in the merged list", () => {
      const theirs = { timeline: [moment("new", "First."), b.timeline[0], moment("t2", "Ten bodies found."), b.timeline[2]] };
      const mine = { timeline: [b.timeline[0], moment("t2", "Sixteen bodies found."), b.timeline[2]] };
      const result = mergeContent({ base: b, theirs, mine });
      expect(result.ok ? [] : result.conflicts.map((c) => [c.kind, c.path])).toEqual([["text", "timeline.2.text"]]);
    });
  });

  it("reports a list both sides reshaped as one choice, and a value both changed, by path", () => {
    const b = { grade: "fair", aliases: [{ name: "A" }], place: { precision: "exact" } };
    const theirs = { grade: "weak", aliases: [{ name: "A" }, { name: "B" }], place: { precision: "near" } };
    const mine = { grade: "contested", aliases: [], place: { precision: "district" } };
    const result = mergeContent({ base: b, theirs, mine });
    expect(result.ok ? [] : result.conflicts.map((c) => [c.kind, c.path])).toEqual([
      ["value", "grade"],
      ["value", "aliases"],
      ["value", "place.precision"],
    ]);
  });

  it("ignores key order inside values", () => {
    expect(changedFields({ a: { x: 1, y: 2 } }, { a: { y: 2, x: 1 } })).toEqual([]);
  });
});

describe("mergeText", () => {
  it("treats edits of adjacent lines as overlapping, as diff3 does", () => {
    const result = mergeText({ base: "a\nb\nc", theirs: "A\nb\nc", mine: "a\nB\nc" });
    expect(result.ok).toBe(false);
  });

  it("gives the text back whole once each hunk is chosen", () => {
    const result = mergeText({ base: "a\nb\nc", theirs: "a\nB1\nc", mine: "a\nB2\nc" });
    if (result.ok) throw new Error("expected a conflict");
    expect(resolveText(result.pieces, [undefined])).toBeNull();
    expect(resolveText(result.pieces, ["B2\n"])).toBe("a\nB2\nc");
    expect(resolveText(result.pieces, [joinBoth("B1", "B2\n")])).toBe("a\nB1\nB2\nc");
  });

  it("keeps both edits when they touch lines with an unchanged line between them", () => {
    // Lines are distinct so that the diff cannot align them in two ways.
    const baseLines = fc.uniqueArray(
      fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes("\n")),
      { minLength: 3, maxLength: 12 },
    );
    const scenario = baseLines.chain((lines) =>
      fc
        .tuple(fc.integer({ min: 0, max: lines.length - 1 }), fc.integer({ min: 0, max: lines.length - 1 }))
        .filter(([i, j]) => Math.abs(i - j) >= 2)
        .map(([i, j]) => ({ lines, theirLine: Math.min(i, j), myLine: Math.max(i, j) })),
    );
    fc.assert(
      fc.property(scenario, fc.boolean(), ({ lines, theirLine, myLine }, isTheirsFirst) => {
        const edit = (at: number, marker: string) => lines.map((line, i) => (i === at ? `${marker}${line}${marker}` : line)).join("\n");
        const [theirAt, myAt] = isTheirsFirst ? [theirLine, myLine] : [myLine, theirLine];
        const theirs = edit(theirAt, "\u0001");
        const mine = edit(myAt, "\u0002");
        const result = mergeText({ base: lines.join("\n"), theirs, mine });
        expect(result).toEqual({
          ok: true,
          text: lines.map((line, i) => (i === theirAt ? `\u0001${line}\u0001` : i === myAt ? `\u0002${line}\u0002` : line)).join("\n"),
        });
      }),
    );
  });
});
