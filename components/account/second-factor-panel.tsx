"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { confirmTotpEnrolmentAction, disableTotpAction, startTotpEnrolmentAction } from "@/lib/users/actions/account-actions";

/**
 * TOTP set-up: a QR code (drawn on the server as SVG) and its secret for typing by hand; a first code
 * confirms it; ten recovery codes are shown once. Turning it off takes a code.
 */
export function SecondFactorPanel({
  enabledSince,
  unusedRecoveryCodes,
  isRequired,
}: {
  enabledSince: string | null;
  unusedRecoveryCodes: number;
  isRequired: boolean;
}) {
  const router = useRouter();
  const [enrolment, setEnrolment] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const fail = (result: { fieldErrors: Record<string, string[]>; formError?: string }) =>
    setError((Object.values(result.fieldErrors).flat().join(" ") || result.formError) ?? "That did not work");

  const errorLine = error ? (
    <p id="second-factor-error" className="field-error" role="alert">
      {error}
    </p>
  ) : null;

  if (recoveryCodes) {
    return (
      <section className="card" aria-labelledby="second-factor-heading">
        <h2 id="second-factor-heading">Second factor</h2>
        <p className="notice notice--ok" role="status">
          The second factor is on. From now on, sign-in asks for a code from your app after the password.
        </p>
        <p>
          <strong>Your recovery codes, shown only now.</strong> Each signs you in once if you lose your phone. Print them or keep them in a password manager.
        </p>
        <ul className="recovery-codes" aria-label="Recovery codes">
          {recoveryCodes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <a className="button" href="/studio/account">
          I have kept them
        </a>
      </section>
    );
  }

  if (enabledSince) {
    return (
      <section className="card" aria-labelledby="second-factor-heading">
        <h2 id="second-factor-heading">Second factor</h2>
        <p>
          On since {enabledSince}. {unusedRecoveryCodes} of 10 recovery codes left.
        </p>
        {isRequired ? (
          <p className="muted">Your role requires it, so it cannot be turned off.</p>
        ) : (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              setError(null);
              startTransition(async () => {
                const result = await disableTotpAction({ code });
                if (!result.ok) return fail(result);
                setCode("");
                router.refresh();
              });
            }}
          >
            <div className="form-field">
              <label htmlFor="second-factor-off-code">To turn it off, a code from your app</label>
              <input
                id="second-factor-off-code"
                autoComplete="one-time-code"
                value={code}
                onChange={(e) => setCode(e.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? "second-factor-error" : undefined}
              />
              {errorLine}
            </div>
            <button type="submit" className="button button--secondary" disabled={isPending}>
              Turn off the second factor
            </button>
          </form>
        )}
      </section>
    );
  }

  return (
    <section className="card" aria-labelledby="second-factor-heading" id="second-factor">
      <h2 id="second-factor-heading">Second factor</h2>
      {isRequired ? (
        <p className="notice notice--warn" role="status">
          Your role requires a second factor: set it up to use the studio.
        </p>
      ) : null}
      <p>A code from an authenticator app on your phone, asked for after your password, so a stolen password alone opens nothing.</p>
      {enrolment ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setError(null);
            startTransition(async () => {
              const result = await confirmTotpEnrolmentAction({ code });
              if (!result.ok) return fail(result);
              setRecoveryCodes(result.recoveryCodes);
            });
          }}
        >
          <p>1. Scan this code with the app (or type the key below).</p>
          <div
            className="totp-qr"
            style={{ width: "14rem", maxWidth: "100%" }}
            role="img"
            aria-label="QR code for your authenticator app"
            dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }}
          />
          <p>
            Key: <code data-testid="totp-secret">{enrolment.secret}</code>
          </p>
          <div className="form-field">
            <label htmlFor="second-factor-code">2. The six-digit code the app shows</label>
            <input
              id="second-factor-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "second-factor-error" : undefined}
            />
            {errorLine}
          </div>
          <button type="submit" className="button" disabled={isPending}>
            Turn on
          </button>
        </form>
      ) : (
        <>
          {errorLine}
          <button
            type="button"
            className="button"
            disabled={isPending}
            onClick={() =>
              startTransition(async () => {
                const result = await startTotpEnrolmentAction();
                if (!result.ok) return fail(result);
                setEnrolment({ secret: result.secret, qrSvg: result.qrSvg });
              })
            }
          >
            Set up a second factor
          </button>
        </>
      )}
    </section>
  );
}
