"use client";

import { signIn } from "next-auth/react";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/http/action-result";
import type { FieldErrors } from "@/lib/errors";
import { schemaFieldErrors } from "@/lib/revisions/field-errors";
import { acceptInvitationSchema, resetPasswordSchema } from "@/lib/users/account-schema";
import { acceptInvitationAction, resetPasswordAction } from "@/lib/users/actions/account-link-actions";

type Values = { name: string; password: string; confirmPassword: string };

/**
 * The page behind an e-mailed link: an invitation (name and password) or a reset (password). On
 * success the person is signed in with what they just typed and lands in the studio.
 */
export function NewPasswordForm({ purpose, token, email }: { purpose: "invitation" | "reset"; token: string; email: string }) {
  const [values, setValues] = useState<Values>({ name: "", password: "", confirmPassword: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const isInvitation = purpose === "invitation";
  const set = (key: keyof Values) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setValues({ ...values, [key]: e.target.value });
    if (errors[key]) setErrors(({ [key]: _fixed, ...rest }) => rest);
  };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = isInvitation ? values : { password: values.password, confirmPassword: values.confirmPassword };
    const invalid = schemaFieldErrors(isInvitation ? acceptInvitationSchema : resetPasswordSchema, input);
    if (invalid) {
      setErrors(invalid);
      return;
    }
    setFormError(null);
    startTransition(async () => {
      const result: ActionResult<{ email: string }> = isInvitation ? await acceptInvitationAction(token, input) : await resetPasswordAction(token, input);
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setFormError(result.formError ?? null);
        return;
      }
      const signedIn = await signIn("credentials", { email: result.email, password: values.password, redirect: false });
      // With a second factor, or a sign-in wait, the sign-in page asks for the rest.
      window.location.assign(signedIn && !signedIn.error ? "/studio" : "/login?done=password");
    });
  }

  const field = (key: keyof Values, label: string, type: string, autoComplete: string, hint?: string) => (
    <div className="form-field">
      <label htmlFor={`account-${key}`}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`account-${key}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={`account-${key}`}
        name={key}
        type={type}
        autoComplete={autoComplete}
        value={values[key]}
        onChange={set(key)}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={[hint ? `account-${key}-hint` : "", errors[key] ? `account-${key}-error` : ""].filter(Boolean).join(" ") || undefined}
      />
      {errors[key] ? (
        <p id={`account-${key}-error`} className="field-error">
          {errors[key].join(" ")}
        </p>
      ) : null}
    </div>
  );

  return (
    <form onSubmit={submit} className="card login-form" noValidate>
      {formError ? (
        <p className="notice notice--error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-field">
        <label htmlFor="account-email">E-mail</label>
        <input id="account-email" type="email" autoComplete="username" value={email} readOnly />
      </div>
      {isInvitation ? field("name", "Your name, as colleagues and the audit log will show it", "text", "name") : null}
      {field(
        "password",
        isInvitation ? "Password" : "New password",
        "password",
        "new-password",
        "At least 12 characters. A phrase of several words is easy to remember.",
      )}
      {field("confirmPassword", "The same password again", "password", "new-password")}
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Saving…" : isInvitation ? "Create my account" : "Set my new password"}
      </button>
    </form>
  );
}
