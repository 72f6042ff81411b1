"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { approveAction, republishAction, requestChangesAction } from "@/lib/studio/actions/review";
import { ReasonField } from "@/components/ui/reason-field";
import type { FieldErrors } from "@/lib/errors";
import { requestChangesSchema } from "@/lib/review/review-schema";
import { schemaFieldErrors } from "@/lib/revisions/field-errors";
import { reasonSchema } from "@/lib/revisions/revision-input-schema";

/**
 * Approve and publish, or request changes with a comment that may point at a field. The approval names
 * `revisionId`, the revision this screen shows; when a newer one was saved meanwhile it is refused and
 * the screen re-renders with the newer changes (and their revision id), so what is approved is what was read.
 * On a withdrawn entry the approval is "Publish again", which asks why it comes back.
 */
export function ReviewDecision({
  reviewId,
  revisionId,
  approval,
  fields,
  isBlocked,
  withdrawnReason,
}: {
  reviewId: string;
  revisionId: string;
  approval: "yes" | "with-reason" | "no";
  fields: { path: string; label: string }[];
  isBlocked: boolean;
  /** The public reason of the entry's withdrawal, or null when it is not withdrawn. */
  withdrawnReason: string | null;
}) {
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [field, setField] = useState("");
  const [reason, setReason] = useState("");
  const [republishReason, setRepublishReason] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const t = useTranslations("reviewDecision");

  function approve() {
    const isRepublish = withdrawnReason !== null;
    if (isRepublish) {
      const invalid = schemaFieldErrors(reasonSchema, republishReason);
      if (invalid) {
        setErrors({ republishReason: Object.values(invalid).flat() });
        return;
      }
    }
    startTransition(async () => {
      const result = isRepublish
        ? await republishAction(reviewId, revisionId, { reason: republishReason, ownReason: reason })
        : await approveAction(reviewId, revisionId, reason);
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setFormError(result.formError ?? null);
        // The review may have moved on to a newer revision: show what it holds now.
        router.refresh();
        return;
      }
      setDone(isRepublish ? t("approvedRepublished") : t("approved"));
      router.refresh();
    });
  }

  function requestChanges(event: React.FormEvent) {
    event.preventDefault();
    const invalid = schemaFieldErrors(requestChangesSchema, { comment, field: field || undefined });
    if (invalid) {
      setErrors(invalid);
      return;
    }
    startTransition(async () => {
      const result = await requestChangesAction(reviewId, { comment, field: field || undefined, revisionId });
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setFormError(result.formError ?? null);
        // The review may have moved on to a newer revision: show it (the comment stays in the field).
        router.refresh();
        return;
      }
      setDone(t("changesRequested"));
      router.refresh();
    });
  }

  if (done)
    return (
      <p className="notice notice--ok" role="status">
        {done}
      </p>
    );
  return (
    <section aria-labelledby="decision-heading" className="card">
      <h2 id="decision-heading">{t("heading")}</h2>
      {formError ? (
        <p className="notice notice--error" role="alert">
          {formError}
        </p>
      ) : null}
      {approval === "no" ? (
        <p className="notice notice--warn">{t("ownChange")}</p>
      ) : (
        <div className="decision-approve">
          {approval === "with-reason" ? (
            <ReasonField id="approve-reason" label={t("ownReason")} value={reason} onChange={setReason} errors={errors.reason} />
          ) : null}
          {withdrawnReason !== null ? (
            <div>
              <p className="notice notice--warn">{t("withdrawnNotice", { reason: withdrawnReason })}</p>
              <ReasonField
                id="republish-reason"
                label={t("republishReason")}
                value={republishReason}
                onChange={setRepublishReason}
                errors={errors.republishReason}
              />
            </div>
          ) : null}
          <button type="button" className="button" onClick={approve} disabled={isPending || isBlocked}>
            {isPending ? t("working") : withdrawnReason !== null ? t("publishAgain") : t("approve")}
          </button>
        </div>
      )}
      <form onSubmit={requestChanges} className="decision-changes" noValidate>
        <div className="form-field">
          <label htmlFor="review-comment">{t("comment")}</label>
          <textarea
            id="review-comment"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            required
            aria-invalid={errors.comment ? true : undefined}
            aria-describedby={errors.comment ? "review-comment-error" : undefined}
          />
          {errors.comment ? (
            <p id="review-comment-error" className="field-error">
              {errors.comment.join(" ")}
            </p>
          ) : null}
        </div>
        <div className="form-field">
          <label htmlFor="review-field">{t("field")}</label>
          <select id="review-field" value={field} onChange={(e) => setField(e.target.value)}>
            <option value="">{t("wholeEntry")}</option>
            {fields.map((f) => (
              <option key={f.path} value={f.path}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary" disabled={isPending}>
          {t("requestChanges")}
        </button>
      </form>
    </section>
  );
}
