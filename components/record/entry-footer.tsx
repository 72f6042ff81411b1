import Link from "next/link";
import { Timestamp } from "@/components/ui/timestamp";
import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translator";

/** "Last updated · revision N · reviewed by", with the way to the corrections log. */
export function EntryFooter({
  publishedAt,
  revisionNumber,
  reviewedBy,
  historyHref,
  locale = "en",
}: {
  publishedAt: Date;
  revisionNumber: number;
  reviewedBy: string | null;
  historyHref: string;
  /** The page's language: English pages today; the /es/ tree passes its own. */
  locale?: Locale;
}) {
  const t = getTranslator(locale, "reader");
  return (
    <p className="entry-footer muted">
      {t("lastUpdated")} <Timestamp date={publishedAt} style="long-date" /> · {t("revision", { number: revisionNumber })}
      {reviewedBy ? <> · {t("reviewedBy", { name: reviewedBy })}</> : null} · <Link href={historyHref}>{t("correctionsLog")}</Link>
    </p>
  );
}
