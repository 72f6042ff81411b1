import { describe, expect, it } from "vitest";
import type { Claim } from "@/lib/claims/claim-schema";
import type { LinkTarget } from "@/lib/links/get-public-link-targets";
import { claimNodes } from "./structured-data";

const ORIGIN = "https://record.example";
const base: Pick<Claim, "nature" | "rank" | "citations"> = { nature: "asserted", rank: "normal", citations: [{ source: "public-source" }] };
const claims: Claim[] = [
  { ...base, id: "toll-public", property: "fatalities", value: { type: "number", value: 16 }, assertedBy: "public-actor" },
  { ...base, id: "toll-hidden", property: "fatalities", value: { type: "number", value: 14 }, assertedBy: "hidden-actor", citations: [{ source: "hidden-source" }] },
  { ...base, id: "perp-hidden", property: "perpetrator", value: { type: "actor", actor: "hidden-actor" } },
  { ...base, id: "toll-old", property: "fatalities", value: { type: "number", value: 20 }, rank: "deprecated", deprecationReason: "Corrected" },
];
// Only published, non-withdrawn entries are link targets.
const targets = new Map<string, LinkTarget>([
  ["actor/public-actor", { kind: "actor", slug: "public-actor", title: "Public Actor" }],
  ["source/public-source", { kind: "source", slug: "public-source", title: "Public Source" }],
]);

describe("claimNodes", () => {
  const nodes = claimNodes({ claims, targets, origin: ORIGIN, about: `${ORIGIN}/events/e#entity`, pageUrl: `${ORIGIN}/events/e` });

  it("gives each claim its author and the sources it appears in", () => {
    expect(nodes[0]).toMatchObject({
      "@type": "Claim",
      name: "Death toll: 16",
      author: { "@id": `${ORIGIN}/actors/public-actor#entity`, name: "Public Actor" },
      appearance: [{ name: "Public Source", url: `${ORIGIN}/sources/public-source` }],
    });
  });

  it("never names an unpublished or withdrawn actor or source", () => {
    const json = JSON.stringify(nodes);
    expect(json).not.toContain("hidden-actor");
    expect(json).not.toContain("hidden-source");
    const hidden = nodes.find((n) => n["@id"] === `${ORIGIN}/events/e#claim-toll-hidden`)!;
    expect(hidden).not.toHaveProperty("author");
    expect(hidden).not.toHaveProperty("appearance");
  });

  it("leaves out a claim whose value is a non-public actor, and deprecated claims", () => {
    const ids = nodes.map((n) => n["@id"]);
    expect(ids).not.toContain(`${ORIGIN}/events/e#claim-perp-hidden`);
    expect(ids).not.toContain(`${ORIGIN}/events/e#claim-toll-old`);
  });
});
