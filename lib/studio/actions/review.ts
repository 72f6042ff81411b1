"use server";

import type { ActionResult } from "@/lib/http/action-result";
import { runAction } from "@/lib/http/server-action";
import { approveRevision } from "@/lib/review/approve-revision";
import { republishEntry } from "@/lib/review/republish-entry";
import { requestChanges } from "@/lib/review/request-changes";
import { withdrawEntry } from "@/lib/review/withdraw-entry";
import { ConflictError, EditConflictError, ValidationError } from "@/lib/errors";
import { hideRevision } from "@/lib/revisions/hide-revision";
import { restoreRevision } from "@/lib/revisions/restore-revision";
import { unhideRevision } from "@/lib/revisions/unhide-revision";

const STUDIO = { path: "/studio", type: "layout" } as const;

/** `revisionId` is the revision the review screen showed: approval is refused if the review has moved on. */
export async function approveAction(reviewId: string, revisionId: string, reason: string): Promise<ActionResult> {
  return runAction(
    async (actor) => {
      await approveRevision({ actor, reviewId, revisionId, reason: reason || undefined });
      return {};
    },
    { revalidate: STUDIO },
  );
}

/** "Publish again" for a withdrawn entry: `reason` says why it comes back, `ownReason` why an admin approves their own change. */
export async function republishAction(reviewId: string, revisionId: string, input: { reason: string; ownReason: string }): Promise<ActionResult> {
  return runAction(
    async (actor) => {
      const { reason, ownReason } = input && typeof input === "object" ? input : { reason: undefined, ownReason: undefined };
      await republishEntry({ actor, reviewId, revisionId, reason, ownReason: ownReason || undefined });
      return {};
    },
    { revalidate: STUDIO },
  );
}

/** `input.revisionId` is the revision the review screen showed: the request is refused if the review has moved on. */
export async function requestChangesAction(reviewId: string, input: { comment: string; field?: string; revisionId?: string }): Promise<ActionResult> {
  return runAction(
    async (actor) => {
      const { revisionId, ...comment } = input && typeof input === "object" ? input : { revisionId: undefined };
      await requestChanges({ actor, reviewId, revisionId, input: comment });
      return {};
    },
    { revalidate: STUDIO },
  );
}

export async function withdrawAction(
  entryId: string,
  reason: string,
  isConfirmed: boolean,
): Promise<ActionResult<{ referencedBy?: { id: string; title: string }[] }>> {
  return runAction(
    async (actor) => {
      const outcome = await withdrawEntry({ actor, entryId, reason, isConfirmed });
      return outcome.ok ? {} : { referencedBy: outcome.needsConfirmation.referencedBy };
    },
    { revalidate: STUDIO },
  );
}

/** `latestRevisionId` is the revision the restore preview compared with: the restore is refused if a newer one was saved. */
export async function restoreAction(revisionId: string, latestRevisionId: string): Promise<ActionResult<{ number: number; isInReview: boolean }>> {
  return runAction(
    async (actor) => {
      const saved = await restoreRevision({ actor, revisionId, latestRevisionId });
      if (saved.ok) return { number: saved.number, isInReview: saved.isInReview };
      // A save in between makes the restore's base stale: nothing was written, and trying again restores onto it.
      if (saved.conflict) throw new ConflictError(new EditConflictError(saved.conflict).message);
      throw new ValidationError({ _form: [saved.formError ?? Object.values(saved.fieldErrors).flat().join(" ")] }, "This revision could not be restored");
    },
    { revalidate: STUDIO },
  );
}

export async function hideRevisionAction(revisionId: string, reason: string): Promise<ActionResult> {
  return runAction(
    async (actor) => {
      await hideRevision({ actor, revisionId, reason });
      return {};
    },
    { revalidate: STUDIO },
  );
}

export async function unhideRevisionAction(revisionId: string, reason: string): Promise<ActionResult> {
  return runAction(
    async (actor) => {
      await unhideRevision({ actor, revisionId, reason });
      return {};
    },
    { revalidate: STUDIO },
  );
}
