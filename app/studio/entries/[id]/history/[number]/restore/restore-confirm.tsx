"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { submitEntryAction } from "@/lib/studio/actions/entries";
import { restoreAction } from "@/lib/studio/actions/review";

/**
 * The confirmation of a restore. It names the latest revision the preview compared with, so a save made
 * meanwhile makes it refuse (and the page shows the new comparison) instead of restoring over unseen work.
 */
export function RestoreConfirm({
  entryId,
  revisionId,
  latestRevisionId,
  number,
  removedClaimCount,
}: {
  entryId: string;
  revisionId: string;
  latestRevisionId: string;
  number: number;
  removedClaimCount: number;
}) {
  const router = useRouter();
  const [isConfirmed, setIsConfirmed] = useState(false);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [restored, setRestored] = useState<{ number: number; isInReview: boolean } | null>(null);
  const [isPending, startTransition] = useTransition();

  function restore(event: React.FormEvent) {
    event.preventDefault();
    if (removedClaimCount > 0 && !isConfirmed) {
      setConfirmError("Confirm that the restore may remove these claims");
      return;
    }
    startTransition(async () => {
      const result = await restoreAction(revisionId, latestRevisionId);
      if (!result.ok) {
        setFormError(result.formError ?? Object.values(result.fieldErrors).flat().join(" "));
        // Someone may have saved meanwhile: show the comparison with what is latest now.
        router.refresh();
        return;
      }
      setRestored({ number: result.number, isInReview: result.isInReview });
      router.refresh();
    });
  }

  function submit() {
    startTransition(async () => {
      const result = await submitEntryAction(entryId);
      if (!result.ok) {
        setFormError(result.formError ?? "Could not submit for review");
        return;
      }
      setRestored((r) => (r ? { ...r, isInReview: true } : r));
      router.refresh();
    });
  }

  if (restored) {
    return (
      <section className="card" aria-labelledby="restored-heading">
        <h2 id="restored-heading">Restored as draft revision {restored.number}</h2>
        {formError ? (
          <p className="notice notice--error" role="alert">
            {formError}
          </p>
        ) : null}
        <p className="notice notice--ok" role="status">
          {restored.isInReview
            ? `Draft revision ${restored.number} is awaiting review. Nothing was published.`
            : `Draft revision ${restored.number} holds the content of revision ${number}. Nothing was published: it goes through review first.`}
        </p>
        <p>
          {restored.isInReview ? null : (
            <button type="button" className="button" onClick={submit} disabled={isPending}>
              Submit revision {restored.number} for review
            </button>
          )}{" "}
          <Link href={`/studio/entries/${entryId}/history`}>Back to the history</Link> · <Link href={`/studio/entries/${entryId}`}>Open in the editor</Link>
        </p>
      </section>
    );
  }

  return (
    <form className="card" onSubmit={restore} aria-labelledby="confirm-heading" noValidate>
      <h2 id="confirm-heading">Confirm the restore</h2>
      {formError ? (
        <p className="notice notice--error" role="alert">
          {formError}
        </p>
      ) : null}
      {removedClaimCount > 0 ? (
        <div className="form-field form-field--checkbox">
          <label>
            <input
              type="checkbox"
              checked={isConfirmed}
              onChange={(e) => {
                setIsConfirmed(e.target.checked);
                setConfirmError(null);
              }}
              aria-invalid={confirmError ? true : undefined}
              aria-describedby={confirmError ? "restore-confirm-error" : undefined}
            />{" "}
            I understand that the restored draft removes {removedClaimCount === 1 ? "the claim" : `the ${removedClaimCount} claims`} listed above
          </label>
          {confirmError ? (
            <p id="restore-confirm-error" className="field-error">
              {confirmError}
            </p>
          ) : null}
        </div>
      ) : null}
      <p>
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? "Restoring…" : `Restore revision ${number} as a new draft`}
        </button>{" "}
        <Link href={`/studio/entries/${entryId}/history`}>Cancel</Link>
      </p>
    </form>
  );
}
