// The part of a save that is not the content itself; shared by the editor form and the server.
import "../zod-config";
import { z } from "zod";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "./field-errors";

export const editSummarySchema = z
  .string()
  .trim()
  .min(1, "Say in a few words what you changed")
  .max(300, "At most 300 characters")
  .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

export const reasonSchema = z
  .string()
  .trim()
  .min(3, "Give a reason (3 characters or more)")
  .max(1000, "At most 1,000 characters")
  .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
