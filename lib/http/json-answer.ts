// Client-safe: what the studio's JSON routes answer, parsed by the components that call them. A route
// types its answer with the same schema (`satisfies z.input<typeof schema>`), so both sides change together.
import "../zod-config";
import { z } from "zod";

export const jsonIssueSchema = z.object({ path: z.string(), message: z.string() });
export type JsonIssue = z.infer<typeof jsonIssueSchema>;

/** Every refusal of a JSON route (json-errors.ts writes it): the status again, one message, field issues for a form. */
export const jsonErrorAnswerSchema = z.object({
  error: z.object({
    status: z.number().int(),
    message: z.string(),
    issues: z.array(jsonIssueSchema).optional(),
    /** Why an entry was withdrawn, on the public API's 410. */
    reason: z.string().nullable().optional(),
  }),
});
export type JsonErrorAnswer = z.infer<typeof jsonErrorAnswerSchema>;

export type JsonAnswer<T> = { ok: true; data: T } | { ok: false; status: number; message: string | null; issues: JsonIssue[] };

/**
 * A route's answer, parsed: the success with its schema, a refusal with the error schema. An answer that
 * is neither (a proxy's HTML page, a cut connection) is a failure without a message, for the caller's own.
 */
export async function readJsonAnswer<S extends z.ZodType>(response: Response, schema: S): Promise<JsonAnswer<z.output<S>>> {
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const parsed = schema.safeParse(body);
    if (parsed.success) return { ok: true, data: parsed.data };
    return { ok: false, status: response.status, message: null, issues: [] };
  }
  const refusal = jsonErrorAnswerSchema.safeParse(body);
  if (!refusal.success) return { ok: false, status: response.status, message: null, issues: [] };
  return { ok: false, status: response.status, message: refusal.data.error.message, issues: refusal.data.error.issues ?? [] };
}
