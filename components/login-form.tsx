"use client";

import { signIn } from "next-auth/react";
import { useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { sameOriginPath } from "@/lib/http/same-origin-path";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const t = useTranslations("login");

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    startTransition(async () => {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!result || result.error) {
        setError(result?.error && result.error !== "CredentialsSignin" ? result.error : t("invalidCredentials"));
        return;
      }
      // Checked on the server already; checked again where it is followed.
      window.location.assign(sameOriginPath(callbackUrl, window.location.origin));
    });
  }

  return (
    <form onSubmit={onSubmit} className="card login-form" noValidate>
      {error ? (
        <p className="notice notice--error" role="alert" id="login-error">
          {error}
        </p>
      ) : null}
      <div className="form-field">
        <label htmlFor="email">{t("email")}</label>
        <input id="email" name="email" type="email" autoComplete="username" required aria-describedby={error ? "login-error" : undefined} />
      </div>
      <div className="form-field">
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
