// What a reviewer sends when asking for changes; the review screen checks it before sending, the server again.
import "../zod-config";
import { z } from "zod";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "../revisions/field-errors";

export const requestChangesSchema = z.object({
  comment: z.string().trim().min(3, "Say what needs to change").max(4000, "At most 4,000 characters").refine(isStorableText, UNSTORABLE_TEXT_MESSAGE),
  // Comments may point at a field, e.g. "claims.2.citations" or "body".
  field: z
    .string()
    .trim()
    .max(200)
    .regex(/^[A-Za-z0-9_.]*$/, "A field path such as body or claims.2.citations")
    .optional(),
});
