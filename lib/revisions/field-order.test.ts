import { describe, expect, it } from "vitest";
import { eventContentSchema } from "../entries/event-schema";
import { sourceContentSchema } from "../entries/source-schema";
import { orderedKeys } from "./field-order";

describe("orderedKeys", () => {
  it("lists each kind's fields in the order its schema declares them, whatever the stored order", () => {
    for (const schema of [eventContentSchema, sourceContentSchema]) {
      const declared = Object.keys(schema.shape);
      const stored = Object.fromEntries([...declared].sort().map((key) => [key, null]));
      expect(orderedKeys([stored])).toEqual(declared);
    }
  });

  it("keeps nested objects in their declared order and puts unknown keys last, sorted", () => {
    expect(orderedKeys([{ longitude: 1, zeta: 1, name: "x", alpha: 1, district: "d", precision: "exact" }])).toEqual([
      "name",
      "district",
      "longitude",
      "precision",
      "alpha",
      "zeta",
    ]);
  });
});
