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

export function addFieldError(errors: FieldErrors, path: string, message: string): void {
  (errors[path] ??= []).push(message);
}

const NUL = "\u0000";

/**
 * PostgreSQL text and jsonb cannot hold NUL, which a paste can carry invisibly: name every field that
 * has one, so the editor gets a message next to it instead of a failed save.
 */
export function nulCharacterErrors(value: unknown, path = ""): FieldErrors {
  const errors: FieldErrors = {};
  const visit = (node: unknown, at: string) => {
    if (typeof node === "string") {
      if (node.includes(NUL)) addFieldError(errors, at || "_form", "Contains an invisible NUL character: retype or paste the text again");
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, at ? `${at}.${index}` : String(index)));
    } else if (node && typeof node === "object") {
      for (const [key, item] of Object.entries(node)) visit(item, at ? `${at}.${key}` : key);
    }
  };
  visit(value, path);
  return errors;
}

/** The same value without NUL characters: for scratch copies (autosave) that must never fail. */
export function withoutNulCharacters<T>(value: T): T {
  if (typeof value === "string") return value.replaceAll(NUL, "") as T;
  if (Array.isArray(value)) return value.map((item: unknown) => withoutNulCharacters(item)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.replaceAll(NUL, ""), withoutNulCharacters(item)])) as T;
  }
  return value;
}
