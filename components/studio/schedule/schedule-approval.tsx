"use client";

import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, useTransition } from "react";
import { scheduleAction } from "@/lib/studio/actions/scheduled";
import { ReasonField } from "@/components/ui/reason-field";
import type { FieldErrors } from "@/lib/errors";

const noSubscription = () => () => {};

/** "Approve and publish at…": the date and time are the reviewer's own (the browser's time zone). */
export function ScheduleApproval({
  reviewId,
  revisionId,
  needsReason,
  isBlocked,
}: {
  reviewId: string;
  /** The revision the review screen shows: the schedule names it, as an approval now does. */
  revisionId: string;
  needsReason: boolean;
  isBlocked: boolean;
}) {
  const router = useRouter();
  const timeZone = useSyncExternalStore(
    noSubscription,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "",
  );
  const [publishAt, setPublishAt] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function schedule(event: React.FormEvent) {
    event.preventDefault();
    // datetime-local has no zone: the browser reads it in the reviewer's time zone.
    const local = publishAt ? new Date(publishAt) : null;
    const iso = local && !Number.isNaN(local.getTime()) ? local.toISOString() : "";
    startTransition(async () => {
      const result = await scheduleAction(reviewId, revisionId, { publishAt: iso, reason });
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setFormError(result.formError ?? null);
        // The review may have moved on to a newer revision: show what it holds now.
        router.refresh();
        return;
      }
      setErrors({});
      setFormError(null);
      router.refresh();
    });
  }

  return (
    <form onSubmit={schedule} className="card schedule-approval" aria-labelledby="schedule-heading" noValidate>
      <h2 id="schedule-heading">Approve and publish later</h2>
      {formError ? (
        <p className="notice notice--error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-field">
        <label htmlFor="publish-at">Publish at{timeZone ? ` (your time zone: ${timeZone})` : ""}</label>
        <input
          id="publish-at"
          type="datetime-local"
          value={publishAt}
          onChange={(e) => setPublishAt(e.target.value)}
          aria-invalid={errors.publishAt ? true : undefined}
          aria-describedby={errors.publishAt ? "publish-at-error" : "publish-at-hint"}
        />
        {errors.publishAt ? (
          <p id="publish-at-error" className="field-error">
            {errors.publishAt.join(" ")}
          </p>
        ) : (
          <p id="publish-at-hint" className="field-hint">
            Every approval check runs now and again at that moment; until then the change stays in the review queue and can be cancelled.
          </p>
        )}
      </div>
      {needsReason ? (
        <ReasonField
          id="schedule-reason"
          label="Why approve your own change? (recorded in the audit log)"
          value={reason}
          onChange={setReason}
          errors={errors.reason}
        />
      ) : null}
      <button type="submit" className="button button--secondary" disabled={isPending || isBlocked}>
        {isPending ? "Working…" : "Schedule publication"}
      </button>
    </form>
  );
}
