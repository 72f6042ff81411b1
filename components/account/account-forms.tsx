"use client";

import { signIn, signOut } from "next-auth/react";
import { useState, useTransition } from "react";
import type { FieldErrors } from "@/lib/errors";
import type { ActionResult } from "@/lib/http/action-result";
import { schemaFieldErrors } from "@/lib/revisions/field-errors";
import { emailFrequencySchema, passwordChangeSchema, profileSchema, type Locale } from "@/lib/users/account-schema";
import { changePasswordAction, emailFrequencyAction, signOutEverywhereAction, updateProfileAction } from "@/lib/users/actions/account-actions";
import type { z } from "zod";

/** One small form's state: values, field messages from the shared schema or the server, and a status line. */
function useAccountForm<V extends Record<string, string>>(
  initial: V,
  schema: z.ZodType,
  send: (values: V) => Promise<ActionResult>,
  done: (values: V) => string | void,
) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ text: string; isError: boolean } | null>(null);
  const [isPending, startTransition] = useTransition();
  const set = (key: keyof V & string) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    setValues({ ...values, [key]: e.target.value });
    if (errors[key]) setErrors(({ [key]: _fixed, ...rest }) => rest);
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const invalid = schemaFieldErrors(schema, values);
    setStatus(null);
    if (invalid) {
      setErrors(invalid);
      return;
    }
    startTransition(async () => {
      const result = await send(values);
      if (!result.ok) {
        setErrors(result.fieldErrors);
        if (result.formError) setStatus({ text: result.formError, isError: true });
        return;
      }
      setErrors({});
      const text = done(values);
      if (text) setStatus({ text, isError: false });
    });
  };
  return { values, errors, status, isPending, set, submit };
}

function Field({ id, label, errors, children }: { id: string; label: string; errors?: string[]; children: React.ReactElement<Record<string, unknown>> }) {
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children}
      {errors ? (
        <p id={`${id}-error`} className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

const invalidProps = (id: string, errors?: string[]) => ({
  id,
  "aria-invalid": errors ? true : undefined,
  "aria-describedby": errors ? `${id}-error` : undefined,
});

function Status({ status }: { status: { text: string; isError: boolean } | null }) {
  if (!status) return null;
  return (
    <p role={status.isError ? "alert" : "status"} className={status.isError ? "notice notice--error" : "notice notice--ok"}>
      {status.text}
    </p>
  );
}

export function ProfileForm({ name, locale }: { name: string; locale: Locale | "" }) {
  const form = useAccountForm({ name, locale: locale as string }, profileSchema, updateProfileAction, () => "Saved.");
  return (
    <form onSubmit={form.submit} className="card" noValidate aria-labelledby="profile-heading">
      <h2 id="profile-heading">Name and language</h2>
      <Status status={form.status} />
      <Field id="profile-name" label="Name, as colleagues and the audit log show it" errors={form.errors.name}>
        <input {...invalidProps("profile-name", form.errors.name)} autoComplete="name" value={form.values.name} onChange={form.set("name")} />
      </Field>
      <Field id="profile-locale" label="Language of the studio" errors={form.errors.locale}>
        <select {...invalidProps("profile-locale", form.errors.locale)} value={form.values.locale} onChange={form.set("locale")}>
          <option value="">As my browser asks</option>
          <option value="es">Español</option>
          <option value="en">English</option>
        </select>
      </Field>
      <button type="submit" className="button" disabled={form.isPending}>
        {form.isPending ? "Saving…" : "Save"}
      </button>
    </form>
  );
}

export function PasswordForm({ email }: { email: string }) {
  const form = useAccountForm({ currentPassword: "", password: "", confirmPassword: "" }, passwordChangeSchema, changePasswordAction, (values) => {
    // Changing the password ended every session, this one too: sign in again with the new one.
    void signIn("credentials", { email, password: values.password, redirect: false }).then((result) =>
      window.location.assign(result && !result.error ? "/studio/account?password=changed" : "/login?done=password"),
    );
    return "Password changed. Signing you in again…";
  });
  return (
    <form onSubmit={form.submit} className="card" noValidate aria-labelledby="password-heading">
      <h2 id="password-heading">Password</h2>
      <p className="field-hint">Every device signed in to your account is signed out when you change it.</p>
      <Status status={form.status} />
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <Field id="password-current" label="Current password" errors={form.errors.currentPassword}>
        <input
          {...invalidProps("password-current", form.errors.currentPassword)}
          type="password"
          autoComplete="current-password"
          value={form.values.currentPassword}
          onChange={form.set("currentPassword")}
        />
      </Field>
      <Field id="password-new" label="New password (12 characters or more)" errors={form.errors.password}>
        <input
          {...invalidProps("password-new", form.errors.password)}
          type="password"
          autoComplete="new-password"
          value={form.values.password}
          onChange={form.set("password")}
        />
      </Field>
      <Field id="password-confirm" label="The new password again" errors={form.errors.confirmPassword}>
        <input
          {...invalidProps("password-confirm", form.errors.confirmPassword)}
          type="password"
          autoComplete="new-password"
          value={form.values.confirmPassword}
          onChange={form.set("confirmPassword")}
        />
      </Field>
      <button type="submit" className="button" disabled={form.isPending}>
        {form.isPending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}

export function SessionsPanel({ signIns }: { signIns: string[] }) {
  const [isConfirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <section className="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Where you are signed in</h2>
      {signIns.length ? (
        <>
          <p>Sign-ins that may still be open (a session lasts 8 hours):</p>
          <ul>
            {signIns.map((at) => (
              <li key={at}>{at}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>No sign-in is recorded since sessions last ended.</p>
      )}
      {error ? (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      ) : null}
      {isConfirming ? (
        <div role="alertdialog" aria-labelledby="sessions-confirm" className="notice notice--warn">
          <p id="sessions-confirm">Every device signed in to your account is signed out, this one too. You sign in again here.</p>
          <button
            type="button"
            className="button button--danger"
            disabled={isPending}
            onClick={() =>
              startTransition(async () => {
                const result = await signOutEverywhereAction({ isConfirmed: true });
                if (!result.ok) {
                  setError(result.formError ?? "Could not sign out everywhere");
                  return;
                }
                await signOut({ callbackUrl: "/login?callbackUrl=%2Fstudio%2Faccount" });
              })
            }
          >
            Sign out everywhere
          </button>{" "}
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          Sign out everywhere…
        </button>
      )}
    </section>
  );
}

export function EmailFrequencyForm({ frequency }: { frequency: "each" | "none" }) {
  const form = useAccountForm({ frequency: frequency as string }, emailFrequencySchema, emailFrequencyAction, () => "Saved.");
  return (
    <form onSubmit={form.submit} className="card" noValidate aria-labelledby="email-heading">
      <h2 id="email-heading">E-mail about your work</h2>
      <Status status={form.status} />
      <fieldset aria-invalid={form.errors.frequency ? true : undefined}>
        <legend>Send me an e-mail</legend>
        {(
          [
            ["each", "For each event (a review for me, a decision on my change)"],
            ["none", "Never: I read the studio's inbox"],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="radio-option">
            <input type="radio" name="frequency" value={value} checked={form.values.frequency === value} onChange={form.set("frequency")} /> {label}
          </label>
        ))}
        {form.errors.frequency ? <p className="field-error">{form.errors.frequency.join(" ")}</p> : null}
      </fieldset>
      <button type="submit" className="button" disabled={form.isPending}>
        {form.isPending ? "Saving…" : "Save"}
      </button>
    </form>
  );
}
