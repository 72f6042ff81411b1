"use client";

import Link from "next/link";
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // The root's boundary sits above every layout's language, so it speaks the default one; only that
  // catalogue is imported, to keep the other out of every page's script.
  const t = createTranslator({ locale: "en", messages: en, namespace: "error" });
  return (
    <main id="main" className="container status-page">
      <p className="status-page__code">{t("code")}</p>
      <h1>{t("heading")}</h1>
      <p>{t("body")}</p>
      <p>
        <code>{error.digest ?? t("noReference")}</code>
      </p>
      <p>
        <button type="button" className="button" onClick={reset}>
          {t("retry")}
        </button>{" "}
        <Link href="/">{t("home")}</Link>
      </p>
    </main>
  );
}
