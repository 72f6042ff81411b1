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
