import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { EntryKindName } from "@/lib/entries/common-schema";
import { KIND_LABELS, KIND_PATHS } from "@/lib/entries/kinds";
import { formatDate } from "@/lib/i18n/format";
import { getPublicLinkTargets } from "@/lib/links/get-public-link-targets";
import { getPublicRevision } from "@/lib/revisions/get-public-revision";
import { EntryFooter } from "./entry-footer";
import { ContentView } from "./revision-view";

type Props = { params: Promise<{ slug: string; number: string }> };

// English pages today; the /es/ tree will pass its own locale.
const formatLongDate = (date: Date) => formatDate(date, { locale: "en", style: "long-date", timeZone: "UTC" });

/**
 * One published revision as readers saw it, at /[kind]/[slug]/history/[number], shared by the three
 * kinds like the corrections log. Same components as the entry page, marked as an old revision.
 */
export function revisionPage(kind: EntryKindName) {
  const kindPath = KIND_PATHS[kind];

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { slug, number } = await params;
    const revision = await getPublicRevision({ kind, slug, number });
    if (!revision) return { title: "Not found", robots: { index: false } };
    // The current page is the one to index; an old revision is a record of what was said.
    return {
      title: `${revision.title} (revision ${revision.number})`,
      robots: { index: false, follow: true },
      alternates: { canonical: `/${kindPath}/${revision.slug}` },
    };
  }

  async function RevisionPage({ params }: Props) {
    const { slug, number } = await params;
    const revision = await getPublicRevision({ kind, slug, number });
    if (!revision) notFound();
    const targets = await getPublicLinkTargets(revision.kind, revision.content);
    const base = `/${kindPath}/${revision.slug}`;
    const isCurrent = revision.number === revision.currentNumber;
    const notice = (
      <div className={isCurrent ? "notice" : "notice notice--warn"} role="note" aria-label="Revision">
        <p>
          {isCurrent ? (
            <>
              {KIND_LABELS[kind].one} as published in revision {revision.number} on{" "}
              <time dateTime={revision.publishedAt.toISOString()}>{formatLongDate(revision.publishedAt)}</time>: this is the current version.
            </>
          ) : (
            <>
              <strong>Old revision.</strong> You are reading revision {revision.number}, published on{" "}
              <time dateTime={revision.publishedAt.toISOString()}>{formatLongDate(revision.publishedAt)}</time>. It has since been corrected or updated.
            </>
          )}{" "}
          Edit summary: “{revision.summary}”.
        </p>
        <p>
          <Link href={base}>Read the current version</Link>
          {isCurrent ? null : (
            <>
              {" · "}
              <Link href={`${base}/history/compare?from=${revision.number}&to=${revision.currentNumber}`}>What changed since</Link>
            </>
          )}
          {" · "}
          <Link href={`${base}/history`}>Corrections log</Link>
        </p>
      </div>
    );
    return (
      <ContentView
        entry={revision}
        targets={targets}
        notice={notice}
        footer={<EntryFooter publishedAt={revision.publishedAt} revisionNumber={revision.number} reviewedBy={null} historyHref={`${base}/history`} />}
      />
    );
  }

  return { generateMetadata, RevisionPage };
}
