import { Timestamp } from "@/components/ui/timestamp";
import type { ReviewRound } from "@/lib/review/get-review";

const OUTCOME: Record<ReviewRound["status"], string> = {
  OPEN: "in review",
  APPROVED: "approved",
  CHANGES_REQUESTED: "changes requested",
  SUPERSEDED: "superseded",
  CLOSED: "closed: the entry was withdrawn",
};

/**
 * The rounds of this review since the last publication, oldest first: what each reviewer asked for, on which
 * field, and which revision answered it (requested changes → resubmitted → approved).
 */
export function ReviewThread({ rounds }: { rounds: ReviewRound[] }) {
  return (
    <ol className="review-thread" aria-label="Review rounds">
      {rounds.map((round) => (
        <li key={round.id} className={`review-round${round.isCurrent ? " review-round--current" : ""}`}>
          <p className="review-round__head">
            <strong>
              Round {round.index}
              {round.isCurrent ? " (this review)" : ""}
            </strong>
            : revision {round.revisionNumber} submitted by {round.submittedBy}, <Timestamp date={round.submittedAt} />{" "}
            <span className={`badge badge--${round.status.toLowerCase()}`}>{OUTCOME[round.status]}</span>
          </p>
          {round.comments.length > 0 ? (
            <ul className="review-comments">
              {round.comments.map((comment) => (
                <li key={comment.id} className="review-comment">
                  <p className="review-comment__meta">
                    <strong>{comment.author}</strong>
                    {comment.fieldLabel ? <> on “{comment.fieldLabel}”</> : null}, <Timestamp date={comment.createdAt} />
                  </p>
                  <blockquote className="review-comment__body">{comment.body}</blockquote>
                </li>
              ))}
            </ul>
          ) : null}
          {round.status === "CHANGES_REQUESTED" ? (
            <p className="review-round__resolution">
              {round.answeredByNumber !== null ? (
                <>
                  <span aria-hidden="true">↳ </span>Answered by revision {round.answeredByNumber}, resubmitted for review.
                </>
              ) : (
                <>Waiting for the author: not resubmitted yet.</>
              )}
            </p>
          ) : null}
          {round.status === "APPROVED" ? (
            <p className="review-round__resolution">
              Approved and published by {round.decidedBy}
              {round.decidedAt ? (
                <>
                  , <Timestamp date={round.decidedAt} />
                </>
              ) : null}
              .{round.approvalReason ? ` Own change approved because: “${round.approvalReason}”.` : null}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
