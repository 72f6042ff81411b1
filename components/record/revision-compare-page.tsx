import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DiffView } from "@/components/studio/diff-view";
import type { EntryKindName } from "@/lib/entries/common-schema";
import { KIND_LABELS, KIND_PATHS } from "@/lib/entries/kinds";
import { formatDate } from "@/lib/i18n/format";
import { comparePublicRevisions } from "@/lib/revisions/get-public-revision";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// English pages today; the /es/ tree will pass its own locale.
const formatLongDate = (date: Date) => formatDate(date, { locale: "en", style: "long-date", timeZone: "UTC" });

/**
 * Two published revisions compared for readers, at /[kind]/[slug]/history/compare?from=&to=, with the
 * studio's diff view. Drafts, reviews and hidden revisions are not comparable: they answer 404.
 */
export function revisionComparePage(kind: EntryKindName) {
  const kindPath = KIND_PATHS[kind];

  async function load({ params, searchParams }: Props) {
    const [{ slug }, query] = await Promise.all([params, searchParams]);
    return comparePublicRevisions({ kind, slug, from: query.from, to: query.to });
  }

  async function generateMetadata(props: Props): Promise<Metadata> {
    const comparison = await load(props);
    if (!comparison) return { title: "Not found", robots: { index: false } };
    return { title: `${comparison.title}: revision ${comparison.from.number} → ${comparison.to.number}`, robots: { index: false, follow: true } };
  }

  async function RevisionComparePage(props: Props) {
    const comparison = await load(props);
    if (!comparison) notFound();
    const base = `/${kindPath}/${comparison.slug}`;
    const side = (label: string, revision: typeof comparison.from) => (
      <div>
        <dt>{label}</dt>
        <dd>
          <Link href={`${base}/history/${revision.number}`}>Revision {revision.number}</Link>, published{" "}
          <time dateTime={revision.publishedAt.toISOString()}>{formatLongDate(revision.publishedAt)}</time>: <span className="muted">“{revision.summary}”</span>
        </dd>
      </div>
    );
    return (
      <>
        <p className="muted">{KIND_LABELS[kind].one} · what changed</p>
        <h1>{comparison.title}</h1>
        <p>
          <Link href={base}>Read the current version</Link> · <Link href={`${base}/history`}>Corrections log</Link>
        </p>
        <h2>
          Revision {comparison.from.number} → {comparison.to.number}
        </h2>
        <dl className="compare-meta">
          {side("From", comparison.from)}
          {side("To", comparison.to)}
        </dl>
        <DiffView changes={comparison.changes} />
      </>
    );
  }

  return { generateMetadata, RevisionComparePage };
}
