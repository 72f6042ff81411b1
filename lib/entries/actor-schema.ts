import { z } from "zod";
import { claimSchema } from "../claims/claim-schema";
import { aliasSchema, citationSchema, itemIdSchema, markdownBodySchema, partialDateSchema, slugSchema, summarySchema, titleSchema } from "./common-schema";

export const ACTOR_NATURES = ["person", "organisation"] as const;
export const ACTOR_TYPES = [
  "state-forces",
  "rebel-group",
  "political-militia",
  "identity-militia",
  "civilians",
  "political-party",
  "government-body",
  "media-outlet",
  "ngo",
  "community-organisation",
  "other",
] as const;
export const AFFILIATION_RELATIONS = ["member-of", "leader-of", "splinter-of", "part-of", "sibling-of", "spokesperson-for"] as const;

export const affiliationSchema = z.object({
  id: itemIdSchema,
  actor: slugSchema,
  relation: z.enum(AFFILIATION_RELATIONS),
  start: partialDateSchema.optional(),
  end: partialDateSchema.optional(),
  note: z.string().trim().max(400).optional(),
  citations: z.array(citationSchema).max(20),
});

export const actorContentSchema = z.object({
  slug: slugSchema,
  title: titleSchema,
  aliases: z.array(aliasSchema).max(30),
  nature: z.enum(ACTOR_NATURES),
  actorType: z.enum(ACTOR_TYPES),
  // One or two sentences, shown in lists and the infobox.
  description: summarySchema,
  body: markdownBodySchema,
  founded: partialDateSchema.optional(),
  dissolved: partialDateSchema.optional(),
  wikidataId: z
    .string()
    .regex(/^Q[1-9]\d*$/, "A Wikidata id such as Q42")
    .optional(),
  affiliations: z.array(affiliationSchema).max(100),
  claims: z.array(claimSchema).max(300),
});
export type ActorContent = z.infer<typeof actorContentSchema>;
