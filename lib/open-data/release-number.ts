import { z } from "zod";

/** A release number as it appears in a URL: digits only, no sign, no leading zero (as revision numbers). */
export const releaseNumberSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/, "A release number")
  .transform(Number);
