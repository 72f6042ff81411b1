import type { z } from "zod";
import type { FieldErrors } from "../errors";

/** zod issues as { "claims.0.citations.0.source": ["Unknown source"] }, the shape forms show next to fields. */
export function fieldErrorsFromZod(error: z.ZodError, prefix = ""): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/**
 * The schema's verdict as field errors, or null when the values pass. Forms call it before sending so a
 * person sees the message at once; the server parses with the same schema again.
 */
export function schemaFieldErrors(schema: z.ZodType, values: unknown, prefix = ""): FieldErrors | null {
  const parsed = schema.safeParse(values);
  return parsed.success ? null : fieldErrorsFromZod(parsed.error, prefix);
}

export function addFieldError(errors: FieldErrors, path: string, message: string): void {
  (errors[path] ??= []).push(message);
}

const NUL = "\u0000";

export const UNSTORABLE_TEXT_MESSAGE = "Contains an invisible character that cannot be stored (NUL or half an emoji): retype or paste the text again";

/** PostgreSQL text and jsonb cannot hold NUL, nor half of a surrogate pair (a cut emoji). */
export function isStorableText(text: string): boolean {
  return !text.includes(NUL) && text.isWellFormed();
}

/**
 * Names every field holding text PostgreSQL cannot store, which a paste can carry invisibly, so the
 * editor gets a message next to it instead of a failed save.
 */
export function unstorableTextErrors(value: unknown, path = ""): FieldErrors {
  const errors: FieldErrors = {};
  const visit = (node: unknown, at: string) => {
    if (typeof node === "string") {
      if (!isStorableText(node)) addFieldError(errors, at || "_form", UNSTORABLE_TEXT_MESSAGE);
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, at ? `${at}.${index}` : String(index)));
    } else if (node && typeof node === "object") {
      for (const [key, item] of Object.entries(node)) visit(item, at ? `${at}.${key}` : key);
    }
  };
  visit(value, path);
  return errors;
}

const storable = (text: string) => text.replaceAll(NUL, "").toWellFormed();

/** The same value with only storable text: for scratch copies (autosave) that must never fail. */
export function withStorableText<T>(value: T): T {
  if (typeof value === "string") return storable(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => withStorableText(item)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [storable(key), withStorableText(item)])) as T;
  }
  return value;
}
