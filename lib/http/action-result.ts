import { ConflictError, EditConflictError, ForbiddenError, NotFoundError, ValidationError, type EditConflict, type FieldErrors } from "../errors";

export type ActionFailure = { ok: false; fieldErrors: FieldErrors; formError?: string; conflict?: EditConflict };
export type ActionResult<T = Record<never, never>> = ({ ok: true } & T) | ActionFailure;

export const SIGNED_OUT_MESSAGE = "Your session has ended. Sign in again in another tab; your text is still in this form.";

/** The message of an expected failure a form shows (permission, conflict, missing); null for a bug. */
export function domainErrorMessage(error: unknown): string | null {
  return error instanceof ForbiddenError || error instanceof ConflictError || error instanceof NotFoundError ? error.message : null;
}

/**
 * The one place a thrown domain error becomes what a form shows: validation becomes field errors
 * (`_form` the form's own message), an edit conflict carries both versions, permission, conflict and
 * missing become the form's message. Anything else is a bug: null, and the caller rethrows it.
 */
export function actionFailureFrom(error: unknown): ActionFailure | null {
  if (error instanceof ValidationError) {
    const { _form, ...fieldErrors } = error.fieldErrors;
    return { ok: false, fieldErrors, formError: _form?.join(" ") ?? (Object.keys(fieldErrors).length ? undefined : error.message) };
  }
  if (error instanceof EditConflictError) return { ok: false, fieldErrors: {}, conflict: error.conflict, formError: error.message };
  const message = domainErrorMessage(error);
  return message === null ? null : { ok: false, fieldErrors: {}, formError: message };
}
