import { z } from "zod";
import { captureRefSchema } from "../captures/capture-schema";
import { claimSchema } from "../claims/claim-schema";
import { partialDateSchema, slugSchema, summarySchema, titleSchema } from "./common-schema";

export const SOURCE_TYPES = [
  "news-article",
  "investigative-report",
  "official-statement",
  "testimony",
  "encyclopedia-article",
  "social-media-post",
  "video",
  "academic-work",
  "court-document",
  "other",
] as const;
export const ORIGINATOR_CONNECTIONS = ["victim", "witness", "official", "perpetrator", "third-party", "reporter"] as const;

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .url("A full web address")
  .refine((u) => /^https?:\/\//i.test(u), "Only http and https addresses");

export const excerptSchema = z.object({
  text: z.string().trim().min(1, "Required").max(400, "Excerpts are kept short (400 characters at most)"),
  locator: z.string().trim().max(80).optional(),
});

export const sourceContentSchema = z.object({
  slug: slugSchema,
  title: titleSchema,
  sourceType: z.enum(SOURCE_TYPES),
  publisher: slugSchema.optional(),
  authors: z.array(z.string().trim().min(1).max(120)).max(30),
  published: partialDateSchema.optional(),
  language: z.string().regex(/^[a-z]{2,3}$/, "A language code such as en or es"),
  url: httpUrl.optional(),
  archiveUrl: httpUrl.optional(),
  accessed: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD")
    .optional(),
  originator: slugSchema.optional(),
  originatorConnection: z.enum(ORIGINATOR_CONNECTIONS).optional(),
  summary: summarySchema,
  excerpts: z.array(excerptSchema).max(20),
  // Editors only, never public: the archived full text and its SHA-256, to prove what the source said.
  archive: z
    .object({
      text: z.string().max(500_000),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, "A SHA-256 in hex"),
    })
    .optional(),
  reliabilityNote: z.string().trim().max(1000).optional(),
  // Archived captures of the source (lib/captures): the bytes live in the archive store, the content
  // lists them by SHA-256, so adding or removing one is a revision, reviewed like any change.
  captures: z
    .array(captureRefSchema)
    .max(50, "50 captures at most")
    .refine((list) => new Set(list.map((c) => c.sha256)).size === list.length, "A capture is listed twice")
    .optional(),
  claims: z.array(claimSchema).max(100),
});
export type SourceContent = z.infer<typeof sourceContentSchema>;
