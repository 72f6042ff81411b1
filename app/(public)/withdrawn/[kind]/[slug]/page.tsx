import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Timestamp } from "@/components/ui/timestamp";
import { getPublishedEntry } from "@/lib/entries/get-published-entry";
import { kindFromPath } from "@/lib/entries/kinds";
import { getTranslator } from "@/lib/i18n/translator";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: getTranslator("en", "withdrawn")("title"), robots: { index: false } };

/** Reached through the proxy's 410 rewrite of a withdrawn entry's URL. */
export default async function WithdrawnPage({ params }: { params: Promise<{ kind: string; slug: string }> }) {
  const { kind: kindPath, slug } = await params;
  const kind = kindFromPath(kindPath);
  if (!kind) notFound();
  const lookup = await getPublishedEntry({ kind, slug });
  if (lookup.status !== "withdrawn") notFound();
  const t = getTranslator("en", "withdrawn");
  return (
    <div className="status-page">
      <p className="status-page__code">{t("code")}</p>
      <h1>{lookup.title}</h1>
      <p className="notice notice--warn">
        {t.rich("notice", { date: () => <Timestamp date={lookup.withdrawnAt} style="long-date" /> })}
        {lookup.reason ? <> {t("reason", { reason: lookup.reason })}</> : null}
      </p>
      <p>
        {t.rich("links", {
          log: (chunks) => <Link href={`/${kindPath}/${slug}/history`}>{chunks}</Link>,
          home: (chunks) => <Link href="/">{chunks}</Link>,
        })}
      </p>
    </div>
  );
}
