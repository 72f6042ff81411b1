"use client";

import { useActionState } from "react";
import { useTranslations } from "use-intl";
import { emailPreferenceAction } from "@/lib/studio/actions/inbox";

/** One checkbox: whether each notification also arrives by e-mail. */
export function EmailPreferenceForm({ isEmailEnabled, isMailConfigured }: { isEmailEnabled: boolean; isMailConfigured: boolean }) {
  const [state, formAction, isPending] = useActionState(emailPreferenceAction, null);
  const saved = state?.ok ? state.isEmailEnabled : undefined;
  const t = useTranslations("inbox");
  return (
    <form action={formAction} className="card inbox-email" aria-labelledby="inbox-email-heading">
      <h2 id="inbox-email-heading">{t("emailHeading")}</h2>
      {!isMailConfigured ? <p className="muted">{t("emailNotConfigured")}</p> : null}
      <div className="form-field">
        <label>
          <input type="checkbox" name="isEmailEnabled" defaultChecked={isEmailEnabled} /> {t("emailEnabled")}
        </label>
      </div>
      <button type="submit" className="button button--secondary" disabled={isPending}>
        {isPending ? t("emailSaving") : t("emailSave")}
      </button>
      <p role="status" className="muted">
        {saved === undefined ? (state && !state.ok ? state.formError : "") : saved ? t("emailSavedOn") : t("emailSavedOff")}
      </p>
    </form>
  );
}
