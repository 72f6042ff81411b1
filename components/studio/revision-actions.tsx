"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { hideRevisionAction, unhideRevisionAction } from "@/lib/studio/actions/review";

type ReasonMode = "hide" | "unhide";

const MODE = {
  hide: { opener: "Hide", label: "Reason for hiding revision", submit: "Hide content", buttonClass: "button button--danger" },
  unhide: { opener: "Unhide", label: "Reason for unhiding revision", submit: "Show content again", buttonClass: "button" },
} as const;

/**
 * Restore (through a preview of what it would change, app/studio/entries/[id]/history/[number]/restore), and for
 * admins, hide a revision's content or show it again, each with a reason that goes to the audit log.
 */
export function RevisionActions({
  entryId,
  revisionId,
  number,
  canRestore,
  canHide,
  canUnhide,
}: {
  entryId: string;
  revisionId: string;
  number: number;
  canRestore: boolean;
  canHide: boolean;
  canUnhide: boolean;
}) {
  const router = useRouter();
  const [mode, setMode] = useState<ReasonMode | null>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const reasonInput = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // Opening the form puts the cursor in the reason; closing it returns focus to the button that opened it.
  useEffect(() => {
    if (mode) reasonInput.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = mode !== null;
  }, [mode]);

  function close() {
    setMode(null);
    setReasonError(null);
  }

  function submit(event: React.SyntheticEvent) {
    event.preventDefault();
    if (!mode) return;
    startTransition(async () => {
      const result = mode === "hide" ? await hideRevisionAction(revisionId, reason) : await unhideRevisionAction(revisionId, reason);
      if (!result.ok) {
        // The typed reason stays in the field next to its message.
        setReasonError(result.fieldErrors.reason?.join(" ") ?? result.formError ?? "This could not be done");
        return;
      }
      setReason("");
      close();
      router.refresh();
    });
  }

  const inputId = `${mode ?? "reason"}-${revisionId}`;
  const openMode = canHide ? "hide" : canUnhide ? "unhide" : null;
  return (
    <div className="revision-actions">
      {canRestore ? (
        <Link className="button button--secondary" href={`/studio/entries/${entryId}/history/${number}/restore`}>
          Restore {number}…
        </Link>
      ) : null}
      {openMode && !mode ? (
        <button ref={opener} type="button" className="button button--secondary" onClick={() => setMode(openMode)}>
          {MODE[openMode].opener} {number}…
        </button>
      ) : null}
      {mode ? (
        <span className="hide-form">
          <label htmlFor={inputId}>
            {MODE[mode].label} {number}
          </label>
          <input
            ref={reasonInput}
            id={inputId}
            value={reason}
            required
            onChange={(e) => setReason(e.target.value)}
            // The table sits in the compare form: Enter here submits the reason, it must not submit a comparison.
            onKeyDown={(e) => {
              if (e.key === "Enter") submit(e);
              if (e.key === "Escape") close();
            }}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${inputId}-error` : undefined}
          />
          {reasonError ? (
            <span id={`${inputId}-error`} className="field-error">
              {reasonError}
            </span>
          ) : null}
          <button type="button" className={MODE[mode].buttonClass} onClick={submit} disabled={isPending}>
            {MODE[mode].submit}
          </button>
          <button type="button" className="button button--secondary" onClick={close} disabled={isPending}>
            Cancel
          </button>
        </span>
      ) : null}
    </div>
  );
}
