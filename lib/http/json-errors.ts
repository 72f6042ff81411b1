import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors";
import type { z } from "zod";

export function jsonError(status: number, message: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error: { status, message, ...extra } }, { status, headers: { "cache-control": "no-store" } });
}

/** zod issues as a 400 with each field path: API clients get the same detail forms get. */
export function jsonValidationError(error: z.ZodError): Response {
  return jsonError(400, "Invalid request", { issues: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) });
}

/** The one place domain errors become HTTP answers; anything else is a 500 and is logged by the caller. */
export function jsonFromDomainError(error: unknown): Response | null {
  if (error instanceof ValidationError) {
    return jsonError(422, error.message, {
      issues: Object.entries(error.fieldErrors).flatMap(([path, messages]) => messages.map((message) => ({ path, message }))),
    });
  }
  if (error instanceof ForbiddenError) return jsonError(403, error.message);
  if (error instanceof NotFoundError) return jsonError(404, error.message);
  if (error instanceof ConflictError) return jsonError(409, error.message);
  return null;
}
