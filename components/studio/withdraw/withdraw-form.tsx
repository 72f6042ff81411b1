"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { withdrawAction } from "@/lib/studio/actions/review";
import { schemaFieldErrors } from "@/lib/revisions/field-errors";
import { reasonSchema } from "@/lib/revisions/revision-input-schema";

/** Reason, then an explicit confirmation; the server asks again if a new reference appeared meanwhile. */
export function WithdrawForm({ entryId, referringCount }: { entryId: string; referringCount: number }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [isConfirming, setIsConfirming] = useState(false);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [lateReferences, setLateReferences] = useState<{ id: string; title: string }[]>([]);
  const [isDone, setIsDone] = useState(false);
  const [isPending, startTransition] = useTransition();

  const ask = (event: React.FormEvent) => {
    event.preventDefault();
    const invalid = schemaFieldErrors(reasonSchema, reason);
    if (invalid) {
      setReasonError(Object.values(invalid).flat().join(" "));
      return;
    }
    setReasonError(null);
    setIsConfirming(true);
  };

  const confirm = () =>
    startTransition(async () => {
      // Confirmed only for the references this screen listed; a reference added since is shown first.
      const result = await withdrawAction(entryId, reason, lateReferences.length > 0 || referringCount > 0);
      if (!result.ok) {
        setReasonError(result.fieldErrors.reason?.join(" ") ?? null);
        setFormError(result.formError ?? null);
        setIsConfirming(false);
        return;
      }
      if (result.referencedBy && result.referencedBy.length > 0) {
        setLateReferences(result.referencedBy);
        return;
      }
      setIsDone(true);
      router.refresh();
    });

  if (isDone) {
    return (
      <p className="notice" role="status">
        Withdrawn. Its public page now answers 410 with your reason.
      </p>
    );
  }
  return (
    <form className="withdraw__form" onSubmit={ask} noValidate>
      <div className="form-field">
        <label htmlFor="withdraw-reason">Public reason (required)</label>
        <textarea
          id="withdraw-reason"
          value={reason}
          rows={3}
          maxLength={1000}
          disabled={isPending}
          onChange={(e) => {
            setReason(e.target.value);
            setIsConfirming(false);
          }}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? "withdraw-reason-error" : "withdraw-reason-hint"}
        />
        <p id="withdraw-reason-hint" className="muted">
          Readers see it on the page and in the corrections log, e.g. “Retracted by its publisher” or “Removed after a legal request”.
        </p>
        {reasonError ? (
          <p id="withdraw-reason-error" className="field-error">
            {reasonError}
          </p>
        ) : null}
      </div>
      {formError ? (
        <p className="notice notice--error" role="alert">
          {formError}
        </p>
      ) : null}
      {lateReferences.length > 0 ? (
        <div className="notice notice--warn" role="alert">
          <p>Since this screen was opened, these published entries started referring to it:</p>
          <ul>
            {lateReferences.map((r) => (
              <li key={r.id}>{r.title}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {isConfirming ? (
        <div className="withdraw__confirm" role="group" aria-label="Confirm withdrawal">
          <p>
            <strong>Withdraw it now?</strong> {referringCount > 0 ? `The ${referringCount} entries listed above keep their text but lose the link.` : null}
          </p>
          <button type="button" className="button button--danger" disabled={isPending} onClick={confirm}>
            {isPending ? "Withdrawing…" : "Confirm withdrawal"}
          </button>{" "}
          <button type="button" className="button button--secondary" disabled={isPending} onClick={() => setIsConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="submit" className="button button--secondary">
          Withdraw…
        </button>
      )}
    </form>
  );
}
