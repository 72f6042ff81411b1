"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { approveRevision } from "@/lib/review/approve-revision";
import { requestChanges } from "@/lib/review/request-changes";
import { withdrawEntry } from "@/lib/review/withdraw-entry";
import { hideRevision } from "@/lib/revisions/hide-revision";
import { restoreRevision } from "@/lib/revisions/restore-revision";
import { currentActor } from "@/lib/users/current-actor";

const SIGNED_OUT: ActionResult = { ok: false, fieldErrors: {}, formError: "Your session has ended. Sign in again; your text is still in the form." };

export async function approveAction(reviewId: string, reason: string): Promise<ActionResult> {
  const actor = await currentActor();
  if (!actor) return SIGNED_OUT;
  const result = await runAction(async () => {
    await approveRevision({ actor, reviewId, reason: reason || undefined });
    return {};
  });
  revalidatePath("/studio", "layout");
  return result;
}

export async function requestChangesAction(reviewId: string, input: { comment: string; field?: string }): Promise<ActionResult> {
  const actor = await currentActor();
  if (!actor) return SIGNED_OUT;
  const result = await runAction(async () => {
    await requestChanges({ actor, reviewId, input });
    return {};
  });
  revalidatePath("/studio", "layout");
  return result;
}

export async function withdrawAction(entryId: string, reason: string, isConfirmed: boolean): Promise<ActionResult<{ referencedBy?: { id: string; title: string }[] }>> {
  const actor = await currentActor();
  if (!actor) return SIGNED_OUT;
  const result = await runAction(async () => {
    const outcome = await withdrawEntry({ actor, entryId, reason, isConfirmed });
    return outcome.ok ? {} : { referencedBy: outcome.needsConfirmation.referencedBy };
  });
  revalidatePath("/studio", "layout");
  return result;
}

export async function restoreAction(revisionId: string): Promise<ActionResult<{ number?: number }>> {
  const actor = await currentActor();
  if (!actor) return SIGNED_OUT;
  const result = await runAction(async () => {
    const saved = await restoreRevision({ actor, revisionId });
    if (!saved.ok) return { number: undefined, error: saved.formError ?? "This revision could not be restored" };
    return { number: saved.number };
  });
  revalidatePath("/studio", "layout");
  if (result.ok && "error" in result) return { ok: false, fieldErrors: {}, formError: String(result.error) };
  return result;
}

export async function hideRevisionAction(revisionId: string, reason: string): Promise<ActionResult> {
  const actor = await currentActor();
  if (!actor) return SIGNED_OUT;
  const result = await runAction(async () => {
    await hideRevision({ actor, revisionId, reason });
    return {};
  });
  revalidatePath("/studio", "layout");
  return result;
}
