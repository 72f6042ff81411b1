import "../zod-config";
import { z } from "zod";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "../revisions/field-errors";

export const ROLES = ["EDITOR", "REVIEWER", "ADMIN"] as const;
export const emailSchema = z.string().trim().toLowerCase().email("A valid e-mail address").max(200);
export const passwordSchema = z.string().min(12, "At least 12 characters").max(200, "At most 200 characters");

export const newUserSchema = z.object({
  email: emailSchema,
  // PostgreSQL text cannot hold NUL: without this a pasted name made the create a 500.
  name: z.string().trim().min(1, "Required").max(120).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
  role: z.enum(ROLES),
  password: passwordSchema,
});

/** One change to an existing user, as the users screen sends it. Passwords are each person's own (invitation, reset, account page). */
export const userChangeSchema = z.discriminatedUnion("change", [
  z.object({ change: z.literal("role"), role: z.enum(ROLES) }),
  z.object({ change: z.literal("active"), isActive: z.boolean() }),
]);

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(200),
  password: z.string().max(200),
  // The second factor, asked for after the password when the account has one (TOTP or recovery code).
  code: z.string().max(40).optional(),
});
