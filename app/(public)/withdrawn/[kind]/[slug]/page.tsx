import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Timestamp } from "@/components/ui/timestamp";
import { getPublishedEntry } from "@/lib/entries/get-published-entry";
import { kindFromPath } from "@/lib/entries/kinds";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Withdrawn", robots: { index: false } };

/** Reached through the proxy's 410 rewrite of a withdrawn entry's URL. */
export default async function WithdrawnPage({ params }: { params: Promise<{ kind: string; slug: string }> }) {
  const { kind: kindPath, slug } = await params;
  const kind = kindFromPath(kindPath);
  if (!kind) notFound();
  const lookup = await getPublishedEntry({ kind, slug });
  if (lookup.status !== "withdrawn") notFound();
  return (
    <div className="status-page">
      <p className="status-page__code">410 · Withdrawn</p>
      <h1>{lookup.title}</h1>
      <p className="notice notice--warn">
        This entry was withdrawn from the public record on <Timestamp date={lookup.withdrawnAt} style="long-date" />.
        {lookup.reason ? <> Reason: {lookup.reason}</> : null}
      </p>
      <p>
        Its <Link href={`/${kindPath}/${slug}/history`}>corrections log</Link> remains public. <Link href="/">Return to the record</Link>.
      </p>
    </div>
  );
}
