import { describe, expect, it } from "vitest";
import type { Claim } from "../claims/claim-schema";
import { toPublicEntry } from "../entries/public-projection";
import { seedRecord } from "../../prisma/seed/record";
import { drawableText, shareCardText, tollLine } from "./share-card-text";

const claim = (id: string, value: number, rank: Claim["rank"] = "normal"): Claim => ({
  id,
  property: "fatalities",
  value: { type: "number", value },
  nature: "asserted",
  rank,
  citations: [{ source: "s" }],
  ...(rank === "deprecated" ? { deprecationReason: "Corrected" } : {}),
});

describe("tollLine", () => {
  it("gives the range and the disagreement, computed from the claims", () => {
    expect(tollLine([claim("a", 18), claim("b", 16), claim("c", 14)])).toBe("14–18 dead, sources disagree");
    expect(tollLine([claim("a", 16)])).toBe("16 dead");
    expect(tollLine([claim("a", 16), claim("b", 20, "deprecated")])).toBe("16 dead");
    expect(tollLine([])).toBeNull();
  });
});

describe("shareCardText", () => {
  it("says of the seeded event what its published claims say", () => {
    const entry = seedRecord.find((e) => e.kind === "event" && e.history.at(-1)!.content.slug === "san-miguel-del-ene-attack")!;
    const published = entry.history.filter((r) => r.state === "published").at(-1)!;
    const event = toPublicEntry("event", published.content);
    if (event?.kind !== "event") throw new Error("not an event");
    const card = shareCardText("event", event.content);
    expect(card.label).toBe("Event");
    expect(card.line).toContain("14–18 dead, sources disagree");
    expect(card.alt).toContain(card.title);
    expect(card.alt).toContain("14–18 dead, sources disagree");
  });
});

describe("drawableText", () => {
  it("keeps Latin letters and typographic punctuation, drops what the bundled font cannot draw", () => {
    expect(drawableText("Masacre de San Miguel del Ene — Perú, “VRAEM”")).toBe("Masacre de San Miguel del Ene — Perú, “VRAEM”");
    expect(drawableText("Ayacucho 😀 阿亚库乔  attack")).toBe("Ayacucho attack");
    expect(drawableText("22:00 (UTC−05:00)")).toBe("22:00 (UTC−05:00)");
  });
});
