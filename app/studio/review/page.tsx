import type { Metadata } from "next";
import Link from "next/link";
import { Timestamp } from "@/components/ui/timestamp";
import { listOpenReviews } from "@/lib/review/list-open-reviews";
import { requireActor } from "@/lib/users/current-actor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Review" };

export default async function ReviewQueuePage() {
  const actor = await requireActor("review");
  const reviews = await listOpenReviews({ actor });
  return (
    <>
      <h1>Waiting for review</h1>
      {reviews.length === 0 ? <p className="muted">Nothing is waiting for review.</p> : null}
      <ul className="entry-index">
        {reviews.map((review) => (
          <li key={review.id}>
            <Link href={`/studio/review/${review.id}`}>{review.title}</Link>{" "}
            <span className="muted">
              · {review.kind} · revision {review.number} · submitted by {review.submittedBy} on <Timestamp date={review.submittedAt} style="date" />
            </span>
            {review.assignedTo ? (
              <span className={review.assignedTo.id === actor.id ? "badge badge--in_review" : "muted"}>
                {" "}
                · {review.assignedTo.id === actor.id ? "assigned to you" : `assigned to ${review.assignedTo.name}`}
              </span>
            ) : null}
            {review.isOwnChange ? <span className="badge badge--in_review"> your change</span> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
