import { ConflictError, EditConflictError, ForbiddenError, NotFoundError, ValidationError, type EditConflict, type FieldErrors } from "../errors";

export type ActionFailure = { ok: false; fieldErrors: FieldErrors; formError?: string; conflict?: EditConflict };
export type ActionResult<T = Record<never, never>> = ({ ok: true } & T) | ActionFailure;

/** What a signed-out person is told. A form keeps what was typed, so its message says so; a JSON route answers 401 with the short one. */
export const SIGNED_OUT_MESSAGE = "Your session has ended. Sign in again in another tab; your text is still in this form.";
export const SIGN_IN_FIRST_MESSAGE = "Sign in first";

/** An expected failure of a use case, before it is shaped for a form (ActionFailure) or for HTTP (json-errors.ts). */
export type DomainFailure = { status: 403 | 404 | 409 | 422; message: string; fieldErrors: FieldErrors; conflict?: EditConflict };

/**
 * The one place a thrown domain error is recognised: validation (its field errors, `_form` the whole
 * form's), an edit conflict (both versions), permission, conflict and missing. Anything else is a bug:
 * null, and the caller rethrows or logs it.
 */
export function domainFailureFrom(error: unknown): DomainFailure | null {
  if (error instanceof ValidationError) return { status: 422, message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof EditConflictError) return { status: 409, message: error.message, fieldErrors: {}, conflict: error.conflict };
  if (error instanceof ForbiddenError) return { status: 403, message: error.message, fieldErrors: {} };
  if (error instanceof NotFoundError) return { status: 404, message: error.message, fieldErrors: {} };
  if (error instanceof ConflictError) return { status: 409, message: error.message, fieldErrors: {} };
  return null;
}

/** The message of an expected failure a form shows (permission, conflict, missing); null for a bug. */
export function domainErrorMessage(error: unknown): string | null {
  const failure = domainFailureFrom(error);
  return failure && failure.status !== 422 ? failure.message : null;
}

/**
 * A thrown domain error as what a form shows: validation becomes field errors (`_form` the form's own
 * message), an edit conflict carries both versions, permission, conflict and missing become the form's
 * message. Null for a bug, which the caller rethrows.
 */
export function actionFailureFrom(error: unknown): ActionFailure | null {
  const failure = domainFailureFrom(error);
  if (!failure) return null;
  if (failure.status === 422) {
    const { _form, ...fieldErrors } = failure.fieldErrors;
    return { ok: false, fieldErrors, formError: _form?.join(" ") ?? (Object.keys(fieldErrors).length ? undefined : failure.message) };
  }
  return { ok: false, fieldErrors: {}, formError: failure.message, ...(failure.conflict ? { conflict: failure.conflict } : {}) };
}
