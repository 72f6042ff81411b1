import { describe, expect, it } from "vitest";
import { diffContent } from "./diff-content";
import { fieldLabel, itemLabel } from "./field-labels";

describe("field labels in comparisons", () => {
  it("uses the form's labels for top-level, grouped and item fields", () => {
    expect(fieldLabel("investigation.status")).toBe("Investigation");
    expect(fieldLabel("place.name")).toBe("Place name");
    expect(fieldLabel("slug")).toBe("Address (slug)");
    expect(fieldLabel("related")).toBe("Related events");
    expect(fieldLabel("claims.2.citations")).toBe("Claims › 3 › Citations");
    expect(fieldLabel("claims.0.note")).toBe("Claims › 1 › Public note");
    expect(fieldLabel("value.value", "claims")).toBe("Value");
    expect(fieldLabel("assertedBy", "claims")).toBe("Who asserts it");
    expect(fieldLabel("text", "timeline")).toBe("What happened");
    expect(fieldLabel("name", "place")).toBe("Place name");
    expect(fieldLabel("")).toBe("The whole entry");
    expect(fieldLabel("title", undefined, "actor")).toBe("Name");
    expect(fieldLabel("title", undefined, "event")).toBe("Title");
    expect(fieldLabel("captures.0.mediaType")).toBe("Captures › 1 › File type");
    expect(itemLabel("captures", { sha256: "ab".repeat(32), mediaType: "application/pdf", size: 1000, capturedAt: "2021-05-24" })).toBe(
      "application/pdf SHA-256 abababababab…",
    );
  });

  it("names a claim by what it says, never by its internal id", () => {
    const claim = {
      id: "fatalities-18-police",
      property: "fatalities",
      value: { type: "number", value: 18 },
      assertedBy: "policia-nacional",
      nature: "asserted",
    };
    const label = itemLabel("claims", claim);
    expect(label).toBe("Fatalities: 18, asserted by policia-nacional");
    expect(label).not.toContain("fatalities-18-police");
    expect(itemLabel("claims", { id: "x-1", property: "fatalities", value: { type: "range", low: 14, high: 18 }, qualifiers: { category: "civilians" } })).toBe(
      "Fatalities: 14–18 (civilians)",
    );
    expect(itemLabel("participants", { id: "p-1", actor: "mpcp", role: "alleged-perpetrator" })).toBe("mpcp (alleged perpetrator)");
    expect(itemLabel("citations", { source: "ojo-publico-2021", locator: "p. 3" })).toBe("ojo-publico-2021 (p. 3)");
  });

  it("labels every path a real comparison produces without raw camelCase keys", () => {
    const before = {
      title: "A",
      investigation: { status: "open" },
      claims: [{ id: "c-1", property: "fatalities", value: { type: "number", value: 16 }, citations: [] }],
    };
    const after = {
      title: "B",
      investigation: { status: "closed" },
      claims: [{ id: "c-1", property: "fatalities", value: { type: "number", value: 18 }, citations: [] }],
    };
    const labels = diffContent(before, after).map((c) => fieldLabel(c.field));
    expect(labels).toEqual(["Title", "Investigation", "Claims"]);
  });
});
