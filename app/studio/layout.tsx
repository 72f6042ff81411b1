import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/users/current-actor";
import { can } from "@/lib/users/permissions";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications";
import { SignOutButton } from "@/components/studio/sign-out-button";
import { StudioNav } from "@/components/studio/studio-nav";
import { getStudioLocale, getTitleLocale } from "@/lib/i18n/studio-locale";
import { MessagesProvider } from "@/lib/i18n/messages-provider";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import "./editor.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = getTranslator(await getTitleLocale(), "studio");
  return { title: { default: t("title"), template: t("titleTemplate") }, robots: { index: false } };
}

export default async function StudioLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const locale = await getStudioLocale();
  const t = getTranslator(locale, "studio");
  return (
    <MessagesProvider locale={locale} messages={getMessages(locale)}>
      <header className="site-header" lang={locale}>
        <div className="container site-header__inner">
          <Link href="/studio" className="brand">
            {t("brand")}
          </Link>
          <StudioNav
            items={[
              { href: "/studio/entries", label: t("nav.entries") },
              ...(can(actor, "review") ? [{ href: "/studio/review", label: t("nav.review") }] : []),
              { href: "/studio/inbox", label: t("nav.inbox"), count: await countUnreadNotifications({ actor }) },
              { href: "/studio/scheduled", label: t("nav.scheduled") },
              ...(can(actor, "read-audit") ? [{ href: "/studio/audit", label: t("nav.audit") }] : []),
              ...(can(actor, "manage-users") ? [{ href: "/studio/users", label: t("nav.users") }] : []),
              { href: "/", label: t("nav.publicSite") },
            ]}
          />
          <div className="studio-user">
            <span>
              <Link href="/studio/account">{actor.name}</Link> <span className="muted">({t("role", { role: actor.role })})</span>
            </span>{" "}
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="container studio-main" lang={locale}>
        {children}
      </main>
    </MessagesProvider>
  );
}
