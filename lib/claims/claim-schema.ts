// A claim is what someone asserts, with citations — never a bare fact.
import { z } from "zod";
import { citationSchema, itemIdSchema, partialDateSchema, slugSchema } from "../entries/common-schema";

export const CLAIM_PROPERTIES = {
  event: ["fatalities", "injured", "survivors", "attackers", "perpetrator", "target", "weapon", "motive", "date", "location"],
  actor: ["leader", "members", "ideology", "base", "activity", "status", "role"],
  source: ["authorship", "reliability", "date"],
} as const;

export const ALL_CLAIM_PROPERTIES: readonly string[] = [...new Set([...CLAIM_PROPERTIES.event, ...CLAIM_PROPERTIES.actor, ...CLAIM_PROPERTIES.source])];

export const CLAIM_NATURES = ["asserted", "alleged", "estimated", "claimed-responsibility", "denied", "doubted"] as const;
export const CLAIM_RANKS = ["preferred", "normal", "deprecated"] as const;

export const claimValueSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("number"), value: z.number().int().min(0).max(10_000_000) }),
  z
    .object({ type: z.literal("range"), low: z.number().int().min(0), high: z.number().int().min(0) })
    .refine((v) => v.low <= v.high, { path: ["high"], message: "High must not be below low" }),
  z.object({ type: z.literal("text"), text: z.string().trim().min(1, "Required").max(500) }),
  z.object({ type: z.literal("date"), date: partialDateSchema }),
  z.object({ type: z.literal("actor"), actor: slugSchema }),
  z.object({ type: z.literal("unknown") }),
]);
export type ClaimValue = z.infer<typeof claimValueSchema>;

export const claimSchema = z
  .object({
    id: itemIdSchema,
    property: z.enum(ALL_CLAIM_PROPERTIES),
    value: claimValueSchema,
    qualifiers: z
      .object({
        category: z.string().trim().max(80).optional(),
        asOf: partialDateSchema.optional(),
      })
      .optional(),
    // The actor who asserts it (e.g. the Armed Forces Joint Command), when known.
    assertedBy: slugSchema.optional(),
    nature: z.enum(CLAIM_NATURES),
    // A draft may be uncited; publishing requires at least one citation per claim.
    citations: z.array(citationSchema).max(20),
    rank: z.enum(CLAIM_RANKS),
    deprecationReason: z.string().trim().max(300).optional(),
    note: z.string().trim().max(600).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.rank === "deprecated" && !c.deprecationReason) {
      ctx.addIssue({ code: "custom", path: ["deprecationReason"], message: "A deprecated claim needs a reason" });
    }
  });
export type Claim = z.infer<typeof claimSchema>;
