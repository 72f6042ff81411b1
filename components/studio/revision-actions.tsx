"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { hideRevisionAction, restoreAction } from "@/app/studio/review/actions";

/** Restore as a new draft (never a publication), and for admins, hide a revision's content with a reason. */
export function RevisionActions({ revisionId, number, canRestore, canHide }: { revisionId: string; number: number; canRestore: boolean; canHide: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [isHiding, setIsHiding] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const reasonInput = useRef<HTMLInputElement>(null);
  const hideButton = useRef<HTMLButtonElement>(null);
  const wasHiding = useRef(false);

  // Opening the form puts the cursor in the reason; closing it returns focus to the button that opened it.
  useEffect(() => {
    if (isHiding) reasonInput.current?.focus();
    else if (wasHiding.current) hideButton.current?.focus();
    wasHiding.current = isHiding;
  }, [isHiding]);

  function restore() {
    startTransition(async () => {
      const result = await restoreAction(revisionId);
      setMessage(
        result.ok ? `Restored as draft revision ${result.number}. It needs review before it is published.` : (result.formError ?? "Could not restore"),
      );
      router.refresh();
    });
  }

  function hide(event: React.SyntheticEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await hideRevisionAction(revisionId, reason);
      if (!result.ok) {
        setReasonError(result.fieldErrors.reason?.join(" ") ?? result.formError ?? "Could not hide");
        return;
      }
      setIsHiding(false);
      router.refresh();
    });
  }

  return (
    <div className="revision-actions">
      {canRestore ? (
        <button type="button" className="button button--secondary" onClick={restore} disabled={isPending}>
          Restore {number}
        </button>
      ) : null}
      {canHide && !isHiding ? (
        <button ref={hideButton} type="button" className="button button--secondary" onClick={() => setIsHiding(true)}>
          Hide {number}…
        </button>
      ) : null}
      {isHiding ? (
        <span className="hide-form">
          <label htmlFor={`hide-${revisionId}`}>Reason for hiding revision {number}</label>
          <input
            ref={reasonInput}
            id={`hide-${revisionId}`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            // The table sits in the compare form: Enter here hides, it must not submit a comparison.
            onKeyDown={(e) => {
              if (e.key === "Enter") hide(e);
              if (e.key === "Escape") setIsHiding(false);
            }}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `hide-${revisionId}-error` : undefined}
          />
          {reasonError ? (
            <span id={`hide-${revisionId}-error`} className="field-error">
              {reasonError}
            </span>
          ) : null}
          <button type="button" className="button button--danger" onClick={hide} disabled={isPending}>
            Hide content
          </button>
          <button type="button" className="button button--secondary" onClick={() => setIsHiding(false)} disabled={isPending}>
            Cancel
          </button>
        </span>
      ) : null}
      {message ? (
        <p role="status" className="muted">
          {message}
        </p>
      ) : null}
    </div>
  );
}
