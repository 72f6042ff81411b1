"use server";

// The editor's server actions: parse input, call one use case through runAction, which owns the
// session, the mapping of domain errors and revalidation. Permission checks, validation and the audit
// record live in the use cases.
import { z } from "zod";
import { ENTRY_KINDS } from "@/lib/entries/common-schema";
import { EditConflictError, ValidationError } from "@/lib/errors";
import { domainErrorMessage, type ActionResult } from "@/lib/http/action-result";
import { runAction } from "@/lib/http/server-action";
import { submitForReview } from "@/lib/review/submit-for-review";
import { discardAutosave } from "@/lib/revisions/discard-autosave";
import { recordPresence, type PresenceView } from "@/lib/revisions/record-presence";
import { editSummarySchema } from "@/lib/revisions/revision-input-schema";
import { saveAutosave } from "@/lib/revisions/save-autosave";
import { saveRevision, type SaveRevisionResult } from "@/lib/revisions/save-revision";

const STUDIO = { path: "/studio", type: "layout" } as const;

export type SaveEntryResult = ActionResult<{
  entryId: string;
  revisionId: string;
  number: number;
  isMerged: boolean;
  isSubmitted: boolean;
  submitError?: string;
}>;

const saveEntryInputSchema = z.object({
  kind: z.enum(ENTRY_KINDS),
  entryId: z.uuid().optional(),
  baseRevisionId: z.uuid().nullable().optional(),
  content: z.unknown(),
  // The edit summary, checked here under its own name: "summary" is also a content field.
  editSummary: z.unknown(),
  shouldSubmit: z.boolean().optional(),
});

/** saveRevision returns its failures (validation, edit conflict): thrown here, so runAction maps them like any other. */
function throwIfNotSaved(result: SaveRevisionResult): asserts result is Extract<SaveRevisionResult, { ok: true }> {
  if (result.ok) return;
  if (result.conflict) throw new EditConflictError(result.conflict, result.formError);
  const { fieldErrors, formError } = result;
  throw new ValidationError(formError && !fieldErrors._form ? { ...fieldErrors, _form: [formError] } : fieldErrors);
}

/** Save makes a new revision from the form's base revision; optionally submits it for review. */
export async function saveEntryAction(input: unknown): Promise<SaveEntryResult> {
  return runAction(
    async (actor) => {
      const parsed = saveEntryInputSchema.safeParse(input);
      if (!parsed.success) throw new ValidationError({ _form: ["The form sent something unexpected; reload the page (your work is autosaved)."] });
      const { kind, entryId, baseRevisionId, content, editSummary, shouldSubmit } = parsed.data;
      const summary = editSummarySchema.safeParse(editSummary);
      if (!summary.success) throw new ValidationError({ editSummary: summary.error.issues.map((i) => i.message) });
      const result = await saveRevision({ actor, kind, entryId, baseRevisionId, content, summary: summary.data });
      throwIfNotSaved(result);
      let isSubmitted = false;
      let submitError: string | undefined;
      if (shouldSubmit) {
        // The revision is saved whatever happens next: a refused submit is reported beside the success.
        try {
          await submitForReview({ actor, entryId: result.entryId });
          isSubmitted = true;
        } catch (error) {
          submitError = domainErrorMessage(error) ?? undefined;
          if (!submitError) throw error;
        }
      }
      return { entryId: result.entryId, revisionId: result.revisionId, number: result.number, isMerged: result.isMerged, isSubmitted, submitError };
    },
    { revalidate: STUDIO },
  );
}

export async function submitEntryAction(entryId: string): Promise<ActionResult<{ reviewId: string }>> {
  return runAction(async (actor) => ({ reviewId: (await submitForReview({ actor, entryId })).reviewId }), { revalidate: STUDIO });
}

export async function autosaveAction(input: unknown): Promise<ActionResult<{ savedAt: Date }>> {
  return runAction((actor) => saveAutosave({ actor, input }));
}

export async function discardAutosaveAction(key: string): Promise<ActionResult> {
  return runAction(async (actor) => {
    await discardAutosave({ actor, key });
    return {};
  });
}

/** Heartbeat of an open editor: records this user's presence, answers who else has the entry open. */
export async function presenceAction(entryId: string): Promise<ActionResult<{ others: PresenceView[] }>> {
  return runAction(async (actor) => ({ others: await recordPresence({ actor, entryId }) }));
}
