import type { Metadata } from "next";
import Link from "next/link";
import { PreviewLink } from "@/app/studio/entries/[id]/preview/preview-link";
import { DiffView } from "@/components/studio/diff-view";
import { ReviewDecision } from "@/components/studio/review/review-decision";
import { ReviewSchedule } from "@/components/studio/schedule/review-schedule";
import { orNotFound } from "@/lib/http/page-errors";
import { getReview } from "@/lib/review/get-review";
import { requireActor } from "@/lib/users/current-actor";
import { can } from "@/lib/users/permissions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review a change" };

const DECIDED = {
  APPROVED: "Approved and published.",
  CHANGES_REQUESTED: "Changes requested. The author sees your comment in the editor.",
  SUPERSEDED: "A later revision replaced this one; its review is in the queue.",
} as const;

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor("read-drafts", `/studio/review/${id}`);
  const review = await orNotFound(getReview({ actor, reviewId: id }));
  return (
    <>
      <p className="muted">
        <Link href="/studio/review">← Review queue</Link>
      </p>
      <h1>
        Review: {review.entry.title} <span className={`badge badge--${review.status.toLowerCase()}`}>{review.status.replace("_", " ").toLowerCase()}</span>
      </h1>
      <p>
        {review.fromNumber ? `Changes from the published revision ${review.fromNumber}` : "A new entry, never published"} to revision {review.toNumber},
        submitted by {review.submittedBy}. <Link href={`/studio/entries/${review.entry.id}`}>Open in the editor</Link> ·{" "}
        <Link href={`/studio/entries/${review.entry.id}/history`}>History</Link> · <PreviewLink entryId={review.entry.id} revisionNumber={review.toNumber} />
      </p>
      {review.blockers.length > 0 ? (
        <div className="notice notice--error" role="status">
          <p>
            <strong>Cannot be published yet:</strong> it references entries readers cannot see.
          </p>
          <ul>
            {review.blockers.map((b) => (
              <li key={`${b.kind}/${b.slug}`}>
                {b.kind} “{b.slug}” is {b.reason} ({b.paths.join(", ")})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <section aria-labelledby="diff-heading">
        <h2 id="diff-heading">What changed</h2>
        <DiffView changes={review.changes} />
      </section>
      {review.comments.length > 0 ? (
        <section aria-labelledby="comments-heading">
          <h2 id="comments-heading">Comments</h2>
          <ul>
            {review.comments.map((c) => (
              <li key={c.id}>
                <strong>{c.author}</strong>
                {c.field ? <span className="muted"> on {c.field}</span> : null}: {c.body}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {review.status === "OPEN" && can(actor, "review") ? (
        <>
          <ReviewDecision
            reviewId={review.id}
            revisionId={review.revisionId}
            approval={review.approval}
            fields={[...new Set(review.changes.map((c) => c.field))]}
            isBlocked={review.blockers.length > 0}
          />
          <ReviewSchedule actor={actor} reviewId={review.id} approval={review.approval} isBlocked={review.blockers.length > 0} />
        </>
      ) : review.status !== "OPEN" ? (
        // After a decision the page reloads without the form: the outcome stays on screen.
        <p className={`notice ${review.status === "APPROVED" ? "notice--ok" : ""}`} role="status">
          {DECIDED[review.status]}
        </p>
      ) : null}
    </>
  );
}
