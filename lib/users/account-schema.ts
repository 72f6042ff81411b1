import "../zod-config";
import { z } from "zod";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "../revisions/field-errors";
import { emailSchema, passwordSchema, ROLES } from "./user-schema";

// The forms of invitations, password resets and the account page; the server parses with the same.

export const nameSchema = z.string().trim().min(1, "Required").max(120, "At most 120 characters").refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

export const invitationSchema = z.object({ email: emailSchema, role: z.enum(ROLES, { error: "Choose a role" }) });

/** A new password typed twice: a typo in a hidden field would otherwise lock the person out. */
const newPasswordFields = z
  .object({ password: passwordSchema, confirmPassword: z.string().max(200) })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], message: "The two passwords differ" });

export const acceptInvitationSchema = z
  .object({ name: nameSchema, password: passwordSchema, confirmPassword: z.string().max(200) })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], message: "The two passwords differ" });

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = newPasswordFields;

export const LOCALES = ["es", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const profileSchema = z.object({
  name: nameSchema,
  // "" is the browser's choice: the form's select sends it for "no preference".
  locale: z.enum(["", ...LOCALES], { error: "Choose a language" }),
});

export const passwordChangeSchema = z
  .object({ currentPassword: z.string().min(1, "Required").max(200), password: passwordSchema, confirmPassword: z.string().max(200) })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], message: "The two passwords differ" });

export const EMAIL_FREQUENCIES = ["each", "none"] as const;
export const emailFrequencySchema = z.object({ frequency: z.enum(EMAIL_FREQUENCIES, { error: "Choose how often to receive e-mail" }) });

/** A TOTP code (6 digits, spaces allowed) or a recovery code. */
export const totpCodeSchema = z.object({ code: z.string().trim().min(6, "Type the code").max(40, "Type the code") });

export const secondFactorPolicySchema = z.object({ role: z.enum(ROLES), isRequired: z.boolean() });
