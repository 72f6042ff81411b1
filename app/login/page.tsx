import type { Metadata } from "next";
import Link from "next/link";
import { LoginForm } from "@/components/login-form";
import { sameOriginPath } from "@/lib/http/same-origin-path";
import { getStudioLocale, getTitleLocale } from "@/lib/i18n/studio-locale";
import { MessagesProvider } from "@/lib/i18n/messages-provider";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { siteUrl } from "@/lib/site-url";

export async function generateMetadata(): Promise<Metadata> {
  const t = getTranslator(await getTitleLocale(), "login");
  return { title: t("title"), robots: { index: false } };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const locale = await getStudioLocale();
  const t = getTranslator(locale, "login");
  return (
    <MessagesProvider locale={locale} messages={getMessages(locale)}>
      <main id="main" className="container narrow" lang={locale}>
        <p>
          <Link href="/">{t("backToRecord")}</Link>
        </p>
        <h1>{t("heading")}</h1>
        {/* Only same-origin paths: an open redirect would let a crafted link send people elsewhere after sign-in. */}
        {params.done === "password" ? (
          <p className="notice notice--ok" role="status">
            {t("passwordSaved")}
          </p>
        ) : null}
        <LoginForm callbackUrl={sameOriginPath(params.callbackUrl, siteUrl())} />
        <p>
          <Link href="/login/forgot">{t("forgotLink")}</Link>
        </p>
      </main>
    </MessagesProvider>
  );
}
