"use client";

import { useActionState } from "react";
import { emailPreferenceAction } from "@/lib/studio/actions/inbox";

/** One checkbox: whether each notification also arrives by e-mail. */
export function EmailPreferenceForm({ isEmailEnabled, isMailConfigured }: { isEmailEnabled: boolean; isMailConfigured: boolean }) {
  const [state, formAction, isPending] = useActionState(emailPreferenceAction, null);
  const saved = state?.ok ? state.isEmailEnabled : undefined;
  return (
    <form action={formAction} className="card inbox-email" aria-labelledby="inbox-email-heading">
      <h2 id="inbox-email-heading">E-mail</h2>
      {!isMailConfigured ? <p className="muted">This installation sends no e-mail (no SMTP_URL is set); your choice applies once it does.</p> : null}
      <div className="form-field">
        <label>
          <input type="checkbox" name="isEmailEnabled" defaultChecked={isEmailEnabled} /> Also send me each notification by e-mail
        </label>
      </div>
      <button type="submit" className="button button--secondary" disabled={isPending}>
        {isPending ? "Saving…" : "Save e-mail choice"}
      </button>
      <p role="status" className="muted">
        {saved === undefined ? (state && !state.ok ? state.formError : "") : saved ? "Saved: you receive e-mail." : "Saved: no more e-mail."}
      </p>
    </form>
  );
}
