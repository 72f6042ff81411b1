import { z } from "zod";
import { claimSchema } from "../claims/claim-schema";
import { aliasSchema, citationSchema, itemIdSchema, markdownBodySchema, partialDateSchema, slugSchema, summarySchema, titleSchema } from "./common-schema";

// ACLED's event types and the sub-event types we use.
export const EVENT_TYPES = {
  "Violence against civilians": ["Attack", "Abduction/forced disappearance", "Sexual violence"],
  Battles: ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "Explosions/Remote violence": ["Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Grenade"],
  Riots: ["Violent demonstration", "Mob violence"],
  Protests: ["Peaceful protest", "Protest with intervention"],
  "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Headquarters or base established", "Other"],
} as const;
export const EVENT_CATEGORIES = Object.keys(EVENT_TYPES) as [keyof typeof EVENT_TYPES, ...(keyof typeof EVENT_TYPES)[]];

export const EVENT_GRADES = ["confirmed", "fair", "weak", "contested", "discounted"] as const;
export const INVESTIGATION_STATUSES = ["none-known", "open", "charges-filed", "closed", "unknown"] as const;
export const PARTICIPANT_ROLES = ["alleged-perpetrator", "victim", "target", "responder", "investigator", "commentator"] as const;
export const EVENT_RELATIONS = ["part-of", "preceded-by", "followed-by", "see-also"] as const;
export const PLACE_PRECISIONS = ["exact", "near", "district", "province", "region", "country"] as const;

export const placeSchema = z
  .object({
    name: z.string().trim().min(1, "Required").max(200),
    district: z.string().trim().max(120).optional(),
    province: z.string().trim().max(120).optional(),
    region: z.string().trim().max(120).optional(),
    country: z.string().trim().max(120).optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    precision: z.enum(PLACE_PRECISIONS),
  })
  .refine((p) => (p.latitude === undefined) === (p.longitude === undefined), {
    path: ["longitude"],
    message: "Give both latitude and longitude, or neither",
  });

export const eventDateSchema = z.object({
  start: partialDateSchema,
  end: partialDateSchema.optional(),
  // Local time as HH:MM with its UTC offset, when a source gives it.
  localTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use HH:MM, 24-hour")
    .optional(),
  utcOffset: z
    .string()
    .regex(/^[+-](0\d|1[0-4]):[0-5]\d$/, "Use ±HH:MM, e.g. -05:00")
    .optional(),
});

export const participantSchema = z.object({
  id: itemIdSchema,
  actor: slugSchema,
  role: z.enum(PARTICIPANT_ROLES),
  note: z.string().trim().max(400).optional(),
  citations: z.array(citationSchema).max(20),
});

export const timelineMomentSchema = z.object({
  id: itemIdSchema,
  date: partialDateSchema,
  localTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use HH:MM, 24-hour")
    .optional(),
  text: z.string().trim().min(1, "Required").max(600),
  citations: z.array(citationSchema).max(20),
});

export const relatedEventSchema = z.object({
  event: slugSchema,
  relation: z.enum(EVENT_RELATIONS),
  note: z.string().trim().max(300).optional(),
});

export const eventContentSchema = z
  .object({
    slug: slugSchema,
    title: titleSchema,
    aliases: z.array(aliasSchema).max(30),
    eventType: z.object({ category: z.enum(EVENT_CATEGORIES), subtype: z.string().trim().min(1).max(80) }),
    date: eventDateSchema,
    place: placeSchema,
    summary: summarySchema,
    body: markdownBodySchema,
    grade: z.enum(EVENT_GRADES),
    investigation: z.object({
      status: z.enum(INVESTIGATION_STATUSES),
      note: z.string().trim().max(1000).optional(),
    }),
    participants: z.array(participantSchema).max(200),
    timeline: z.array(timelineMomentSchema).max(200),
    related: z.array(relatedEventSchema).max(100),
    claims: z.array(claimSchema).max(300),
  })
  .superRefine((e, ctx) => {
    const subtypes: readonly string[] = EVENT_TYPES[e.eventType.category];
    if (!subtypes.includes(e.eventType.subtype)) {
      ctx.addIssue({ code: "custom", path: ["eventType", "subtype"], message: `Not a sub-event type of ${e.eventType.category}` });
    }
  });
export type EventContent = z.infer<typeof eventContentSchema>;
