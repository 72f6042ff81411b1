import { describe, expect, it } from "vitest";
import { diffContent, diffWords, summarizeChanges, type FieldChange, type ItemChange, type WordOp } from "./diff-content";

function sideOf(ops: WordOp[], side: "before" | "after"): string {
  const skipped = side === "before" ? "insert" : "delete";
  return ops
    .filter((o) => o.op !== skipped)
    .map((o) => o.text)
    .join("");
}

function itemsOf(changes: FieldChange[], field: string): ItemChange[] {
  const change = changes.find((c) => c.field === field);
  if (change?.kind !== "items") throw new Error(`no item changes for ${field}`);
  return change.items;
}

const cite = (source: string, locator?: string) => (locator ? { source, locator } : { source });
const fatalities = (id: string, value: number, source: string) => ({
  id,
  property: "fatalities",
  value: { type: "number", value },
  nature: "asserted",
  rank: "normal",
  citations: [cite(source)],
});

const event = {
  slug: "san-miguel-del-ene-attack",
  title: "San Miguel del Ene attack",
  aliases: [{ name: "Masacre de San Miguel del Ene", lang: "es" }],
  date: { start: { year: 2021, month: 5, day: 23, precision: "day" }, localTime: "22:00", utcOffset: "-05:00" },
  place: { name: "San Miguel del Ene", province: "Satipo", latitude: -12.3, longitude: -73.9, precision: "near" },
  summary: "Sixteen people were killed at two bars.",
  body: "Armed men opened fire on people gathered at two bars.",
  grade: "contested",
  claims: [fatalities("press", 18, "ojo-publico"), fatalities("armed-forces", 16, "ccffaa-005"), fatalities("early", 14, "rpp")],
};

describe("diffWords", () => {
  it("diffs two sentences word by word", () => {
    const ops = diffWords("Sixteen people were killed at two bars.", "Eighteen people were killed at a bar.");
    expect(ops).toEqual([
      { op: "delete", text: "Sixteen" },
      { op: "insert", text: "Eighteen" },
      { op: "equal", text: " people were killed at " },
      { op: "delete", text: "two bars" },
      { op: "insert", text: "a bar" },
      { op: "equal", text: "." },
    ]);
  });

  it("handles text added to or taken from nothing", () => {
    expect(diffWords("", "New text")).toEqual([{ op: "insert", text: "New text" }]);
    expect(diffWords("Old text", "")).toEqual([{ op: "delete", text: "Old text" }]);
    expect(diffWords("Same", "Same")).toEqual([{ op: "equal", text: "Same" }]);
  });

  it("keeps accented words whole", () => {
    expect(diffWords("según el Ejército", "según la Marina")).toEqual([
      { op: "equal", text: "según " },
      { op: "delete", text: "el Ejército" },
      { op: "insert", text: "la Marina" },
    ]);
  });

  it("diffs a 100 KB body with scattered edits", () => {
    const paragraph = (i: number) => `Paragraph ${i}: witnesses said the attackers arrived around ten at night [@ojo-publico-${i % 7}].\n`;
    const lines = Array.from({ length: 1200 }, (_, i) => paragraph(i));
    const before = lines.join("");
    expect(before.length).toBeGreaterThan(100_000);
    const edited = [...lines];
    edited[3] = "Paragraph 3: witnesses said the attackers arrived after ten at night [@ojo-publico-3].\n";
    edited[600] = "An inserted paragraph.\n" + paragraph(600);
    edited[1100] = "";
    const after = edited.join("");
    const ops = diffWords(before, after);
    expect(sideOf(ops, "before")).toBe(before);
    expect(sideOf(ops, "after")).toBe(after);
    expect(ops.filter((o) => o.op !== "equal")).toEqual([
      { op: "delete", text: "around" },
      { op: "insert", text: "after" },
      { op: "insert", text: "An inserted paragraph.\n" },
      { op: "delete", text: paragraph(1100) },
    ]);
  });

  it("still answers for two unrelated 100 KB bodies", () => {
    const before = Array.from({ length: 2500 }, (_, i) => `alpha ${i} beta gamma delta\n`)
      .join("")
      .padEnd(100_000, "x");
    const after = Array.from({ length: 2500 }, (_, i) => `${i} omega sigma tau ${i * 7}\n`)
      .join("")
      .padEnd(100_000, "y");
    const ops = diffWords(before, after);
    expect(sideOf(ops, "before")).toBe(before);
    expect(sideOf(ops, "after")).toBe(after);
  });
});

describe("diffContent", () => {
  it("lists every field as added when comparing from nothing", () => {
    const changes = diffContent(null, event);
    expect(changes.every((c) => c.kind === "added")).toBe(true);
    expect(changes.map((c) => c.field).sort()).toEqual(Object.keys(event).sort());
    expect(changes[0]).toEqual({ kind: "added", field: "slug", after: event.slug });
    expect(summarizeChanges(changes)).toBe(`${Object.keys(event).length} fields added`);
  });

  it("reports nothing for equal content, whatever its key order or undefined keys", () => {
    const reordered = Object.fromEntries(Object.entries(event).reverse());
    expect(diffContent(event, { ...reordered, note: undefined })).toEqual([]);
    expect(summarizeChanges([])).toBe("no changes");
  });

  it("compares scalar fields and nested objects by dotted path", () => {
    const { grade: _grade, ...withoutGrade } = event;
    const after = {
      ...withoutGrade,
      title: "San Miguel del Ene massacre",
      place: { ...event.place, latitude: -12.31, district: "Vizcatán del Ene" },
      investigation: { status: "open" },
    };
    const changes = diffContent(event, after);
    expect(changes).toEqual([
      {
        kind: "changed",
        field: "title",
        before: "San Miguel del Ene attack",
        after: "San Miguel del Ene massacre",
        words: [
          { op: "equal", text: "San Miguel del Ene " },
          { op: "delete", text: "attack" },
          { op: "insert", text: "massacre" },
        ],
      },
      { kind: "added", field: "place.district", after: "Vizcatán del Ene" },
      { kind: "changed", field: "place.latitude", before: -12.3, after: -12.31 },
      { kind: "removed", field: "grade", before: "contested" },
      { kind: "added", field: "investigation", after: { status: "open" } },
    ]);
    expect(summarizeChanges(changes)).toBe("2 fields changed, 1 field added, 1 field removed");
  });

  it("gives long text a word diff", () => {
    const [change] = diffContent(event, { ...event, body: "Armed men opened fire on people gathered at a bar." });
    expect(change).toMatchObject({ kind: "changed", field: "body" });
    expect(change?.kind === "changed" && change.words).toEqual([
      { op: "equal", text: "Armed men opened fire on people gathered at " },
      { op: "delete", text: "two bars" },
      { op: "insert", text: "a bar" },
      { op: "equal", text: "." },
    ]);
  });

  it("matches claims by id: moved, changed, added and removed", () => {
    const [press, armedForces, early] = event.claims;
    const revisedPress = { ...press!, value: { type: "number", value: 17 }, citations: [cite("ojo-publico"), cite("washington-post", "p. 2")] };
    const added = fatalities("prosecutor", 16, "fiscalia");
    const after = { ...event, claims: [armedForces!, revisedPress, added] };
    const changes = diffContent(event, after);
    expect(changes).toHaveLength(1);
    const items = itemsOf(changes, "claims");
    expect(items).toEqual([
      { kind: "moved", key: "armed-forces", fromIndex: 1, toIndex: 0, item: armedForces },
      {
        kind: "changed",
        key: "press",
        fromIndex: 0,
        toIndex: 1,
        isMoved: false,
        before: press,
        after: revisedPress,
        changes: [
          { kind: "changed", field: "value.value", before: 18, after: 17 },
          {
            kind: "items",
            field: "citations",
            matchedBy: "value",
            items: [{ kind: "added", key: JSON.stringify(["washington-post", "p. 2"]), toIndex: 1, after: cite("washington-post", "p. 2") }],
          },
        ],
      },
      // Listed where it stood: after the claim that preceded it.
      { kind: "removed", key: "early", fromIndex: 2, before: early },
      { kind: "added", key: "prosecutor", toIndex: 2, after: added },
    ]);
    expect(summarizeChanges(changes)).toBe("1 claim added, 1 claim removed, 1 claim changed, 1 claim moved");
  });

  it("flags an item that both changed and moved", () => {
    const [press, armedForces, early] = event.claims;
    const revisedEarly = { ...early!, rank: "deprecated", deprecationReason: "Early report" };
    const items = itemsOf(diffContent(event, { ...event, claims: [revisedEarly, press!, armedForces!] }), "claims");
    expect(items).toEqual([
      expect.objectContaining({
        kind: "changed",
        key: "early",
        isMoved: true,
        fromIndex: 2,
        toIndex: 0,
        changes: [
          { kind: "changed", field: "rank", before: "normal", after: "deprecated" },
          { kind: "added", field: "deprecationReason", after: "Early report" },
        ],
      }),
    ]);
  });

  it("reports a claim whose value changed kind as one change", () => {
    const [press, ...rest] = event.claims;
    const ranged = { ...press!, value: { type: "range", low: 16, high: 18 } };
    const items = itemsOf(diffContent(event, { ...event, claims: [ranged, ...rest] }), "claims");
    expect(items[0]).toMatchObject({
      kind: "changed",
      changes: [{ kind: "changed", field: "value", before: { type: "number", value: 18 }, after: { type: "range", low: 16, high: 18 } }],
    });
  });

  it("matches items without id by value", () => {
    const before = {
      aliases: [{ name: "Masacre de San Miguel del Ene", lang: "es" }, { name: "Vizcatán massacre" }],
      related: [{ event: "huarcatan-killings", relation: "preceded-by", note: "March" }],
      authors: ["Ana", "Beto"],
    };
    const after = {
      aliases: [
        { name: "Masacre de San Miguel del Ene", lang: "es" },
        { name: "Massacre of the VRAEM", lang: "en" },
      ],
      related: [{ event: "huarcatan-killings", relation: "preceded-by", note: "March 2021" }],
      authors: ["Beto", "Ana", "Carla"],
    };
    const changes = diffContent(before, after);
    expect(itemsOf(changes, "aliases").map((i) => i.kind)).toEqual(["removed", "added"]);
    expect(itemsOf(changes, "related")).toEqual([
      expect.objectContaining({
        kind: "changed",
        isMoved: false,
        changes: [{ kind: "changed", field: "note", before: "March", after: "March 2021", words: expect.any(Array) }],
      }),
    ]);
    expect(itemsOf(changes, "authors")).toEqual([
      { kind: "moved", key: "Beto", fromIndex: 1, toIndex: 0, item: "Beto" },
      { kind: "added", key: "Carla", toIndex: 2, after: "Carla" },
    ]);
    expect(summarizeChanges(changes)).toBe("1 alias added, 1 alias removed, 1 author added, 1 author moved, 1 related event changed");
  });

  it("treats unknown fields generically without throwing", () => {
    const before = { extra: { deep: [1, 2, { a: 1 }] }, flag: true, list: [{ x: 1 }] };
    const after = { extra: { deep: [2, { a: 2 }] }, flag: null, list: "not a list any more", brandNew: 3 };
    const changes = diffContent(before, after);
    expect(changes.map((c) => `${c.kind}:${c.field}`)).toEqual(["added:brandNew", "items:extra.deep", "changed:flag", "changed:list"]);
    expect(itemsOf(changes, "extra.deep")).toEqual([
      { kind: "removed", key: "1", fromIndex: 0, before: 1 },
      { kind: "removed", key: '{"a":1}', fromIndex: 2, before: { a: 1 } },
      { kind: "added", key: '{"a":2}', toIndex: 1, after: { a: 2 } },
    ]);
    expect(summarizeChanges(changes)).toBe("2 fields changed, 1 field added, 1 deep item added, 2 deep items removed");
  });

  it("is deterministic", () => {
    const after = { ...event, claims: [...event.claims].reverse(), title: "Another title" };
    expect(diffContent(event, after)).toEqual(diffContent(structuredClone(event), structuredClone(after)));
  });
});
