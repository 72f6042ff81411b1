"use client";

import { signIn } from "next-auth/react";
import { useRef, useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { sameOriginPath } from "@/lib/http/same-origin-path";
import { SECOND_FACTOR_INVALID, SECOND_FACTOR_REQUIRED } from "@/lib/users/sign-in-codes";

/**
 * E-mail and password; for an account with a second factor the same form then asks for the code and
 * sends all three again. The password alone never yields a session for such an account.
 */
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [isAskingCode, setAskingCode] = useState(false);
  const [isPending, startTransition] = useTransition();
  const t = useTranslations("login");
  const codeInput = useRef<HTMLInputElement>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    startTransition(async () => {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        ...(isAskingCode ? { code: String(form.get("code") ?? "") } : {}),
        redirect: false,
      });
      if (!result || result.error) {
        if (result?.error === SECOND_FACTOR_REQUIRED) {
          setAskingCode(true);
          requestAnimationFrame(() => codeInput.current?.focus());
          return;
        }
        setError(
          result?.error === SECOND_FACTOR_INVALID
            ? t("codeInvalid")
            : result?.error && result.error !== "CredentialsSignin"
              ? result.error
              : t("invalidCredentials"),
        );
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
      <div className="form-field" hidden={isAskingCode}>
        <label htmlFor="email">{t("email")}</label>
        <input id="email" name="email" type="email" autoComplete="username" required aria-describedby={error ? "login-error" : undefined} />
      </div>
      <div className="form-field" hidden={isAskingCode}>
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      {isAskingCode ? (
        <div className="form-field">
          <label htmlFor="code">{t("codeLabel")}</label>
          <p className="field-hint" id="code-hint">
            {t("codeHint")}
          </p>
          <input
            ref={codeInput}
            id="code"
            name="code"
            type="text"
            inputMode="text"
            autoComplete="one-time-code"
            required
            aria-describedby={error ? "code-hint login-error" : "code-hint"}
          />
        </div>
      ) : null}
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? t("submitting") : isAskingCode ? t("verify") : t("submit")}
      </button>
    </form>
  );
}
