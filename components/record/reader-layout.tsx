import Link from "next/link";
import { LocaleProvider } from "@/lib/i18n/locale-context";
import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translator";

/**
 * The chrome every reader page shares, in the page's language. The language comes from the URL (the
 * English tree today; the Spanish tree under /es/ renders this with "es"), never from the request:
 * these pages are stored once per URL (docs/decisions/004).
 */
export function ReaderLayout({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const t = getTranslator(locale, "reader");
  return (
    <LocaleProvider locale={locale}>
      {/* Feed autodiscovery on every reader page; React places the link in <head>. */}
      <link rel="alternate" type="application/atom+xml" title={t("feedTitle")} href="/feed.xml" />
      <header className="site-header" lang={locale}>
        <div className="container site-header__inner">
          <Link href="/" className="brand">
            Expediente
          </Link>
          <nav aria-label={t("navLabel")}>
            <ul className="nav-list">
              <li>
                <Link href="/events">{t("nav.events")}</Link>
              </li>
              <li>
                <Link href="/actors">{t("nav.actors")}</Link>
              </li>
              <li>
                <Link href="/sources">{t("nav.sources")}</Link>
              </li>
              <li>
                <Link href="/search">{t("nav.search")}</Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="container" lang={locale}>
        {children}
      </main>
      <footer className="site-footer" lang={locale}>
        <div className="container">
          <p>
            {t("footer")} <Link href="/feed.xml">{t("footerFeed")}</Link> · <Link href="/data">{t("footerData")}</Link> ·{" "}
            <Link href="/dossier">{t("footerDossier")}</Link>.
          </p>
        </div>
      </footer>
    </LocaleProvider>
  );
}
