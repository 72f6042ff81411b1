"use client";

import { useActionState } from "react";
import { useTranslations } from "use-intl";
import { markAllReadAction, markReadAction } from "@/lib/studio/actions/inbox";

// Real forms posting the server action, not click handlers: a click before the page has hydrated
// (a quick reader, a slow phone, a test) submits the form natively instead of doing nothing, and the
// action's revalidation brings back the refreshed inbox and the navigation's count in one response.

export function MarkReadButton({ notificationId, headline }: { notificationId: string; headline: string }) {
  const [state, formAction, isPending] = useActionState(markReadAction.bind(null, notificationId), null);
  const t = useTranslations("inbox");
  return (
    <form action={formAction}>
      {/* The label names the notification for screen readers and starts with the visible words. */}
      <button type="submit" className="link-button" disabled={isPending} aria-label={t("markReadLabel", { headline })}>
        {t("markRead")}
      </button>
      {state && !state.ok ? (
        <span className="field-error" role="alert">
          {state.formError ?? t("markReadFailed")}
        </span>
      ) : null}
    </form>
  );
}

export function MarkAllReadButton() {
  const [state, formAction, isPending] = useActionState(markAllReadAction, null);
  const t = useTranslations("inbox");
  return (
    <form action={formAction}>
      <button type="submit" className="button button--secondary" disabled={isPending}>
        {t("markAllRead")}
      </button>
      {state && !state.ok ? (
        <span className="field-error" role="alert">
          {state.formError ?? t("markAllReadFailed")}
        </span>
      ) : null}
    </form>
  );
}
