import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldErrors } from "../errors";

export type ActionResult<T = Record<never, never>> = ({ ok: true } & T) | { ok: false; fieldErrors: FieldErrors; formError?: string };

/** The message of an expected failure a form shows (permission, conflict, missing); null for a bug. */
export function domainErrorMessage(error: unknown): string | null {
  return error instanceof ForbiddenError || error instanceof ConflictError || error instanceof NotFoundError ? error.message : null;
}

/**
 * Runs a use case for a server action: expected failures (validation, permission, conflict, missing)
 * become a typed result the form shows; anything else is a bug and propagates to error.tsx.
 */
export async function runAction<T extends Record<string, unknown>>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, ...(await fn()) };
  } catch (error) {
    if (error instanceof ValidationError) {
      const { _form, ...fieldErrors } = error.fieldErrors;
      return { ok: false, fieldErrors, formError: _form?.join(" ") ?? (Object.keys(fieldErrors).length ? undefined : error.message) };
    }
    const message = domainErrorMessage(error);
    if (message !== null) return { ok: false, fieldErrors: {}, formError: message };
    throw error;
  }
}
