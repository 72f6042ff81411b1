import Link from "next/link";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translator";

export default function NotFound() {
  const t = getTranslator(DEFAULT_LOCALE, "notFound");
  return (
    <main id="main" className="container status-page">
      <p className="status-page__code">404</p>
      <h1>{t("heading")}</h1>
      <p>{t("body")}</p>
      <p>
        {t.rich("links", {
          home: (chunks) => <Link href="/">{chunks}</Link>,
          search: (chunks) => <Link href="/search">{chunks}</Link>,
        })}
      </p>
    </main>
  );
}
