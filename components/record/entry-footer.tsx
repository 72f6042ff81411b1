import Link from "next/link";
import { Timestamp } from "@/components/ui/timestamp";

/** "Last updated · revision N · reviewed by", with the way to the corrections log. */
export function EntryFooter({
  publishedAt,
  revisionNumber,
  reviewedBy,
  historyHref,
}: {
  publishedAt: Date;
  revisionNumber: number;
  reviewedBy: string | null;
  historyHref: string;
}) {
  return (
    <p className="entry-footer muted">
      Last updated <Timestamp date={publishedAt} style="long-date" /> · revision {revisionNumber}
      {reviewedBy ? <> · reviewed by {reviewedBy}</> : null} · <Link href={historyHref}>Corrections log</Link>
    </p>
  );
}
