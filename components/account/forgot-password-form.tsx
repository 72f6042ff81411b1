"use client";

import { useState, useTransition } from "react";
import type { FieldErrors } from "@/lib/errors";
import { schemaFieldErrors } from "@/lib/revisions/field-errors";
import { forgotPasswordSchema } from "@/lib/users/account-schema";
import { requestPasswordResetAction } from "@/lib/users/actions/account-link-actions";

export function ForgotPasswordForm() {
  const [email, setEmail] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const invalid = schemaFieldErrors(forgotPasswordSchema, { email });
    if (invalid) {
      setErrors(invalid);
      return;
    }
    setFormError(null);
    startTransition(async () => {
      const result = await requestPasswordResetAction({ email });
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setFormError(result.formError ?? null);
        return;
      }
      setErrors({});
      setDone(result.message);
    });
  }

  if (done) {
    return (
      <p className="notice notice--ok" role="status">
        {done}
      </p>
    );
  }
  return (
    <form onSubmit={submit} className="card login-form" noValidate>
      {formError ? (
        <p className="notice notice--error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-field">
        <label htmlFor="forgot-email">E-mail of your studio account</label>
        <input
          id="forgot-email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => {
            setEmail(e.target.value);
            setErrors({});
          }}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "forgot-email-error" : undefined}
        />
        {errors.email ? (
          <p id="forgot-email-error" className="field-error">
            {errors.email.join(" ")}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Sending…" : "Send me a link"}
      </button>
    </form>
  );
}
