// Client-safe building blocks shared by the three kinds' content schemas.
import "../zod-config";
import { z } from "zod";

export const ENTRY_KINDS = ["event", "actor", "source"] as const;
export type EntryKindName = (typeof ENTRY_KINDS)[number];

export const slugSchema = z
  .string()
  .trim()
  .min(2, "At least 2 characters")
  .max(120, "At most 120 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Lowercase letters, digits and single hyphens only");

/** Words typed into a search box or the API's q: PostgreSQL text cannot hold NUL, so control characters are refused. */
export const queryTextSchema = z
  .string()
  .trim()
  .max(200, "At most 200 characters")
  .refine((text) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text), "Control characters are not allowed");

/** Whether a path segment can be a slug at all: anything else is answered 404 without a query. */
export function isSlug(text: string): boolean {
  return slugSchema.safeParse(text).success && text === text.trim();
}

export const titleSchema = z.string().trim().min(2, "At least 2 characters").max(200, "At most 200 characters");

// Stable ids of claims, participants, timeline moments... so that comparisons can match items across revisions.
export const itemIdSchema = z
  .string()
  .trim()
  .min(1, "Required")
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, "Lowercase letters, digits and hyphens only");

/** A date only as precise as the sources allow: a missing year is stated, not guessed. */
export const DATE_PRECISIONS = ["day", "days", "week", "month", "year", "unknown"] as const;
export const DATE_PRECISION_LABELS: Record<(typeof DATE_PRECISIONS)[number], string> = {
  day: "Exact day",
  days: "Within 2–6 days",
  week: "Within a week",
  month: "Month",
  year: "Year",
  unknown: "Not given by the sources",
};

export const partialDateSchema = z
  .object({
    year: z.number().int().min(1000).max(2200).optional(),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    precision: z.enum(DATE_PRECISIONS),
    note: z.string().trim().max(300).optional(),
  })
  .superRefine((d, ctx) => {
    if (d.precision === "unknown") {
      // An unknown date carries what the source does say in its note, never a guessed year.
      if (d.year !== undefined || d.month !== undefined || d.day !== undefined) {
        ctx.addIssue({ code: "custom", path: ["precision"], message: "A date the sources do not give has no year, month or day: choose a precision" });
      }
      if (!d.note) ctx.addIssue({ code: "custom", path: ["note"], message: "Say what the sources do tell about the date" });
      return;
    }
    if (d.precision === "year" && d.year === undefined) {
      ctx.addIssue({ code: "custom", path: ["year"], message: "A year-precision date needs a year" });
    }
    if ((d.precision === "month" || d.precision === "day" || d.precision === "days" || d.precision === "week") && d.month === undefined) {
      ctx.addIssue({ code: "custom", path: ["month"], message: "This precision needs a month" });
    }
    if (d.precision === "day" && d.day === undefined) {
      ctx.addIssue({ code: "custom", path: ["day"], message: "A day-precision date needs a day" });
    }
    if (d.day !== undefined && d.month !== undefined) {
      const year = d.year ?? 2000; // leap year: 29 February is valid when the year is unknown
      const daysInMonth = new Date(Date.UTC(year, d.month, 0)).getUTCDate();
      if (d.day > daysInMonth) ctx.addIssue({ code: "custom", path: ["day"], message: `This month has ${daysInMonth} days` });
    }
  });
export type PartialDate = z.infer<typeof partialDateSchema>;

export const citationSchema = z.object({
  source: slugSchema,
  locator: z.string().trim().max(80, "At most 80 characters").optional(),
  // Short quotes only: the record is written in our words.
  quote: z.string().trim().max(300, "Quotes are kept short (300 characters at most)").optional(),
});
export type Citation = z.infer<typeof citationSchema>;

export const aliasSchema = z.object({
  name: z.string().trim().min(1, "Required").max(200),
  lang: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}$/, "A language code such as en or es")
    .optional(),
});

export const markdownBodySchema = z.string().max(100_000, "At most 100,000 characters");
export const summarySchema = z.string().trim().max(600, "At most 600 characters");
