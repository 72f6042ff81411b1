import type { Metadata } from "next";
import Link from "next/link";
import { EmailPreferenceForm } from "@/components/studio/inbox/email-preference-form";
import { LocalTime } from "@/components/studio/schedule/local-time";
import { mailSettings } from "@/lib/env";
import { getEmailPreference } from "@/lib/notifications/email-preference";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { requireActor } from "@/lib/users/current-actor";
import { getStudioLocale, getTitleLocale } from "@/lib/i18n/studio-locale";
import { getTranslator } from "@/lib/i18n/translator";
import { MarkAllReadButton, MarkReadButton } from "@/components/studio/inbox/mark-read-buttons";
import "./inbox.css";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getTitleLocale(), "inbox")("title") };
}

export default async function InboxPage() {
  const actor = await requireActor("read-drafts");
  const [items, preference] = await Promise.all([listNotifications({ actor }), getEmailPreference({ actor })]);
  const unread = items.filter((item) => !item.isRead).length;
  const t = getTranslator(await getStudioLocale(), "inbox");
  return (
    <>
      <div className="page-head">
        <h1>{t("heading")}</h1>
        {unread > 0 ? (
          <div className="page-head__actions">
            <MarkAllReadButton />
          </div>
        ) : null}
      </div>
      <p className="muted">{t("unread", { count: unread })}</p>
      {items.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="inbox-list" aria-label={t("listLabel")}>
        {items.map((item) => (
          <li key={item.id} className={item.isRead ? "inbox-item" : "inbox-item inbox-item--unread"}>
            <div>
              {item.isRead ? null : <span className="badge badge--in_review">{t("new")}</span>} <Link href={item.href}>{item.headline}</Link>
              <br />
              <span className="muted">
                {item.actorName ? `${item.actorName} · ` : ""}
                <LocalTime iso={item.createdAt.toISOString()} />
              </span>
            </div>
            {item.isRead ? null : <MarkReadButton notificationId={item.id} headline={item.headline} />}
          </li>
        ))}
      </ul>
      <EmailPreferenceForm isEmailEnabled={preference.isEmailEnabled} isMailConfigured={Boolean(mailSettings().SMTP_URL)} />
    </>
  );
}
