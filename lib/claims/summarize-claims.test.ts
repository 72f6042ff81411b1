import { describe, expect, it } from "vitest";
import type { Claim } from "./claim-schema";
import { formatClaimValue, summarizeClaims, uncitedClaimIds } from "./summarize-claims";

function claim(fields: Partial<Claim> & Pick<Claim, "id" | "property" | "value">): Claim {
  return { nature: "asserted", rank: "normal", citations: [{ source: "ojo-publico-2021-05-24" }], ...fields };
}

// As in the seeded record of the San Miguel del Ene attack.
const fatalities = [
  claim({ id: "fatalities-press", property: "fatalities", value: { type: "number", value: 18 }, assertedBy: "ojo-publico" }),
  claim({ id: "fatalities-armed-forces", property: "fatalities", value: { type: "number", value: 16 }, assertedBy: "ccffaa" }),
  claim({ id: "fatalities-early", property: "fatalities", value: { type: "number", value: 14 }, nature: "estimated" }),
];
const attribution = [
  claim({ id: "perpetrator-ccffaa", property: "perpetrator", value: { type: "actor", actor: "mpcp" }, assertedBy: "ccffaa" }),
  claim({ id: "perpetrator-witnesses", property: "perpetrator", value: { type: "actor", actor: "mpcp" }, nature: "doubted", assertedBy: "witnesses" }),
];

describe("summarizeClaims", () => {
  it("reports the death toll as disputed with its low, high and conservative figures", () => {
    const [summary] = summarizeClaims(fatalities);
    expect(summary?.property).toBe("fatalities");
    expect(summary?.isDisputed).toBe(true);
    expect(summary?.preferred).toBeNull();
    expect(summary?.numeric).toEqual({
      low: 14,
      high: 18,
      conservative: 14,
      values: [
        { claimId: "fatalities-press", value: 18, assertedBy: "ojo-publico" },
        { claimId: "fatalities-armed-forces", value: 16, assertedBy: "ccffaa" },
        { claimId: "fatalities-early", value: 14 },
      ],
    });
  });

  it("shows the preferred claim first and keeps the dispute visible", () => {
    const ranked = fatalities.map((c) => (c.id === "fatalities-armed-forces" ? { ...c, rank: "preferred" as const } : c));
    const [summary] = summarizeClaims(ranked);
    expect(summary?.claims.map((c) => c.id)).toEqual(["fatalities-armed-forces", "fatalities-press", "fatalities-early"]);
    expect(summary?.preferred?.id).toBe("fatalities-armed-forces");
    expect(summary?.numeric?.preferred).toBe(16);
    expect(summary?.isDisputed).toBe(true);
  });

  it("counts a doubt of the asserted perpetrator as a dispute", () => {
    const [summary] = summarizeClaims(attribution);
    expect(summary?.isDisputed).toBe(true);
    expect(summary?.preferred).toBeNull();
    expect(summary?.numeric).toBeUndefined();
  });

  it("does not count a denial of a value nobody asserts", () => {
    const [summary] = summarizeClaims([
      attribution[0]!,
      claim({ id: "not-sendero", property: "perpetrator", value: { type: "actor", actor: "sendero" }, nature: "denied" }),
    ]);
    expect(summary?.isDisputed).toBe(false);
    expect(summary?.preferred?.id).toBe("perpetrator-ccffaa");
  });

  it("leaves deprecated claims out of the dispute and lists them last", () => {
    const claims = [
      claim({ id: "old", property: "fatalities", value: { type: "number", value: 14 }, rank: "deprecated", deprecationReason: "Superseded" }),
      claim({ id: "press", property: "fatalities", value: { type: "number", value: 18 } }),
      claim({ id: "press-range", property: "fatalities", value: { type: "range", low: 18, high: 18 } }),
    ];
    const [summary] = summarizeClaims(claims);
    expect(summary?.isDisputed).toBe(false);
    expect(summary?.active.map((c) => c.id)).toEqual(["press", "press-range"]);
    expect(summary?.claims.map((c) => c.id)).toEqual(["press", "press-range", "old"]);
    expect(summary?.preferred?.id).toBe("press");
    expect(summary?.numeric).toMatchObject({ low: 18, high: 18, conservative: 18 });
  });

  it("compares text without regard to case or spacing, and dates by their fields", () => {
    const [weapon, date] = summarizeClaims([
      claim({ id: "w1", property: "weapon", value: { type: "text", text: "Firearms" } }),
      claim({ id: "w2", property: "weapon", value: { type: "text", text: "  firearms " } }),
      claim({ id: "d1", property: "date", value: { type: "date", date: { year: 2021, month: 5, day: 23, precision: "day" } } }),
      claim({ id: "d2", property: "date", value: { type: "date", date: { year: 2021, month: 5, day: 23, precision: "day", note: "night" } } }),
      claim({ id: "d3", property: "date", value: { type: "date", date: { year: 2021, month: 5, day: 24, precision: "day" } } }),
    ]);
    expect(weapon?.isDisputed).toBe(false);
    expect(date?.property).toBe("date");
    expect(date?.isDisputed).toBe(true);
  });

  it("takes ranges by their low end for the conservative figure", () => {
    const [summary] = summarizeClaims([
      claim({ id: "range", property: "injured", value: { type: "range", low: 3, high: 9 } }),
      claim({ id: "number", property: "injured", value: { type: "number", value: 5 } }),
    ]);
    expect(summary?.numeric).toMatchObject({ low: 3, high: 9, conservative: 3 });
    expect(summary?.numeric?.values[0]?.value).toEqual({ low: 3, high: 9 });
  });

  it("does not set figures for different categories against each other", () => {
    const [summary] = summarizeClaims([
      claim({ id: "all", property: "fatalities", value: { type: "number", value: 16 } }),
      claim({ id: "minors", property: "fatalities", value: { type: "number", value: 4 }, qualifiers: { category: "minors" } }),
    ]);
    expect(summary?.isDisputed).toBe(false);
    expect(summary?.numeric).toMatchObject({ low: 16, high: 16, conservative: 16 });
  });

  it("orders properties as the schema does", () => {
    const summaries = summarizeClaims([...attribution, ...fatalities]);
    expect(summaries.map((s) => s.property)).toEqual(["fatalities", "perpetrator"]);
  });
});

describe("formatClaimValue", () => {
  it("writes each kind of value", () => {
    expect(formatClaimValue({ type: "number", value: 18 })).toBe("18");
    expect(formatClaimValue({ type: "number", value: 12000 })).toBe("12,000");
    expect(formatClaimValue({ type: "range", low: 14, high: 18 })).toBe("14\u201318");
    expect(formatClaimValue({ type: "unknown" })).toBe("unknown");
    expect(formatClaimValue({ type: "text", text: "Firearms" })).toBe("Firearms");
    expect(formatClaimValue({ type: "date", date: { year: 2021, month: 5, day: 23, precision: "day" } })).toBe("23 May 2021");
    expect(formatClaimValue({ type: "date", date: { month: 2, precision: "month" } })).toBe("February (year not given)");
  });

  it("names actors when it can", () => {
    expect(formatClaimValue({ type: "actor", actor: "mpcp" })).toBe("mpcp");
    expect(formatClaimValue({ type: "actor", actor: "mpcp" }, () => "Militarized Communist Party of Peru")).toBe("Militarized Communist Party of Peru");
  });
});

describe("uncitedClaimIds", () => {
  it("lists claims without citations", () => {
    expect(uncitedClaimIds([...fatalities, claim({ id: "bare", property: "motive", value: { type: "unknown" }, citations: [] })])).toEqual(["bare"]);
  });

  it("tells dates the sources do not give apart by what their notes say", () => {
    const onDay = (id: string, note: string) => claim({ id, property: "date", value: { type: "date", date: { precision: "unknown", note } } });
    expect(summarizeClaims([onDay("a", "On a Monday"), onDay("b", "on a monday")])[0]?.isDisputed).toBe(false);
    expect(summarizeClaims([onDay("a", "On a Monday"), onDay("b", "On a Tuesday")])[0]?.isDisputed).toBe(true);
  });
});
