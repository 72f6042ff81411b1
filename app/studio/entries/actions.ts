"use server";

// The editor's server actions: parse input, call one use case, map the result. Permission checks,
// validation and the audit record live in the use cases.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ENTRY_KINDS } from "@/lib/entries/common-schema";
import type { FieldErrors } from "@/lib/errors";
import { domainErrorMessage, runAction, type ActionResult } from "@/lib/http/action-result";
import { submitForReview } from "@/lib/review/submit-for-review";
import { discardAutosave } from "@/lib/revisions/discard-autosave";
import { recordPresence, type PresenceView } from "@/lib/revisions/record-presence";
import { editSummarySchema } from "@/lib/revisions/revision-input-schema";
import { saveAutosave } from "@/lib/revisions/save-autosave";
import { saveRevision, type SaveConflict } from "@/lib/revisions/save-revision";
import { currentActor } from "@/lib/users/current-actor";

const SIGNED_OUT = { ok: false as const, fieldErrors: {}, formError: "Your session has ended. Sign in again in another tab; your text is still in this form." };

export type SaveEntryResult =
  | { ok: true; entryId: string; revisionId: string; number: number; isMerged: boolean; isSubmitted: boolean; submitError?: string }
  | { ok: false; fieldErrors: FieldErrors; formError?: string; conflict?: SaveConflict };

const saveEntryInputSchema = z.object({
  kind: z.enum(ENTRY_KINDS),
  entryId: z.uuid().optional(),
  baseRevisionId: z.uuid().nullable().optional(),
  content: z.unknown(),
  // The edit summary, checked here under its own name: "summary" is also a content field.
  editSummary: z.unknown(),
  shouldSubmit: z.boolean().optional(),
});

/** Save makes a new revision from the form's base revision; optionally submits it for review. */
export async function saveEntryAction(input: unknown): Promise<SaveEntryResult> {
  const actor = await currentActor();
  if (!actor) return SIGNED_OUT;
  const parsed = saveEntryInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: {}, formError: "The form sent something unexpected; reload the page (your work is autosaved)." };
  const { kind, entryId, baseRevisionId, content, editSummary, shouldSubmit } = parsed.data;
  const summary = editSummarySchema.safeParse(editSummary);
  if (!summary.success) return { ok: false, fieldErrors: { editSummary: summary.error.issues.map((i) => i.message) } };

  let result: Awaited<ReturnType<typeof saveRevision>>;
  try {
    result = await saveRevision({ actor, kind, entryId, baseRevisionId, content, summary: summary.data });
  } catch (error) {
    const message = domainErrorMessage(error);
    if (message) return { ok: false, fieldErrors: {}, formError: message };
    throw error;
  }
  if (!result.ok) {
    if (result.conflict) return { ok: false, fieldErrors: {}, conflict: result.conflict, formError: result.formError };
    const { _form, ...fieldErrors } = result.fieldErrors;
    return { ok: false, fieldErrors, formError: _form?.join(" ") ?? result.formError };
  }

  let isSubmitted = false;
  let submitError: string | undefined;
  if (shouldSubmit) {
    try {
      await submitForReview({ actor, entryId: result.entryId });
      isSubmitted = true;
    } catch (error) {
      submitError = domainErrorMessage(error) ?? undefined;
      if (!submitError) throw error;
    }
  }
  revalidatePath("/studio", "layout");
  return { ok: true, entryId: result.entryId, revisionId: result.revisionId, number: result.number, isMerged: result.isMerged, isSubmitted, submitError };
}

export async function submitEntryAction(entryId: string): Promise<ActionResult<{ reviewId: string }>> {
  const actor = await currentActor();
  if (!actor) return SIGNED_OUT;
  const result = await runAction(() => submitForReview({ actor, entryId }));
  revalidatePath("/studio", "layout");
  return result;
}

export async function autosaveAction(input: unknown): Promise<ActionResult<{ savedAt: Date }>> {
  const actor = await currentActor();
  if (!actor) return SIGNED_OUT;
  return runAction(() => saveAutosave({ actor, input }));
}

export async function discardAutosaveAction(key: string): Promise<ActionResult> {
  const actor = await currentActor();
  if (!actor) return SIGNED_OUT;
  return runAction(async () => {
    await discardAutosave({ actor, key });
    return {};
  });
}

/** Heartbeat of an open editor: records this user's presence, answers who else has the entry open. */
export async function presenceAction(entryId: string): Promise<ActionResult<{ others: PresenceView[] }>> {
  const actor = await currentActor();
  if (!actor) return SIGNED_OUT;
  return runAction(async () => ({ others: await recordPresence({ actor, entryId }) }));
}
