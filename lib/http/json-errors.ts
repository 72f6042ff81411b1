import type { z } from "zod";
import type { FieldErrors } from "../errors";
import { domainFailureFrom } from "./action-result";
import type { JsonErrorAnswer } from "./json-answer";

export function jsonError(status: number, message: string, extra: Omit<JsonErrorAnswer["error"], "status" | "message"> = {}): Response {
  return Response.json({ error: { status, message, ...extra } } satisfies JsonErrorAnswer, { status, headers: { "cache-control": "no-store" } });
}

/** Field errors as the `issues` of a JSON error: one `{ path, message }` per message. */
export function issuesFrom(fieldErrors: FieldErrors): { path: string; message: string }[] {
  return Object.entries(fieldErrors).flatMap(([path, messages]) => messages.map((message) => ({ path, message })));
}

/** zod issues as a 400 with each field path: API clients get the same detail forms get. */
export function jsonValidationError(error: z.ZodError): Response {
  return jsonError(400, "Invalid request", { issues: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) });
}

/** Domain errors (action-result.ts recognises them) as HTTP answers; null for anything else, a 500 the caller logs. */
export function jsonFromDomainError(error: unknown): Response | null {
  const failure = domainFailureFrom(error);
  if (!failure) return null;
  return failure.status === 422 ? jsonError(422, failure.message, { issues: issuesFrom(failure.fieldErrors) }) : jsonError(failure.status, failure.message);
}
