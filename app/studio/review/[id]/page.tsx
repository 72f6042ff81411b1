import type { Metadata } from "next";
import Link from "next/link";
import { getStudioLocale, getTitleLocale } from "@/lib/i18n/studio-locale";
import { getTranslator } from "@/lib/i18n/translator";
import { PreviewLink } from "@/app/studio/entries/[id]/preview/preview-link";
import { DiffView } from "@/components/studio/diff-view";
import { CoveredRevisions } from "@/components/studio/review/covered-revisions";
import { ReviewDecision } from "@/components/studio/review/review-decision";
import { ReviewThread } from "@/components/studio/review/review-thread";
import { ReviewSchedule } from "@/components/studio/schedule/review-schedule";
import { orNotFound } from "@/lib/http/page-errors";
import { getReview } from "@/lib/review/get-review";
import { requireActor } from "@/lib/users/current-actor";
import { can } from "@/lib/users/permissions";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getTitleLocale(), "reviewPage")("title") };
}

export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const { diff } = await searchParams;
  const actor = await requireActor("read-drafts");
  const review = await orNotFound(getReview({ actor, reviewId: id }));
  const since = review.sinceLastReview;
  const t = getTranslator(await getStudioLocale(), "reviewPage");
  // After "request changes" the reviewer starts from what changed since they looked; the whole change is one click away.
  const isSinceShown = since !== null && diff !== "whole";
  const wholeFrom = review.fromNumber ? `published revision ${review.fromNumber}` : "nothing (never published)";
  return (
    <>
      <p className="muted">
        <Link href="/studio/review">{t("backToQueue")}</Link>
      </p>
      <h1>
        Review: {review.entry.title} <span className={`badge badge--${review.status.toLowerCase()}`}>{review.status.replace("_", " ").toLowerCase()}</span>
      </h1>
      <p>
        {review.fromNumber ? `Changes from the published revision ${review.fromNumber}` : "A new entry, never published"} to revision {review.toNumber},
        submitted by {review.submittedBy}
        {review.decidedBy && review.status !== "OPEN" ? `, decided by ${review.decidedBy}` : ""}.{" "}
        <Link href={`/studio/entries/${review.entry.id}`}>Open in the editor</Link> · <Link href={`/studio/entries/${review.entry.id}/history`}>History</Link> ·{" "}
        <PreviewLink entryId={review.entry.id} revisionNumber={review.toNumber} />
      </p>
      {review.blockers.length > 0 ? (
        <div className="notice notice--error" role="status">
          <p>
            <strong>Cannot be published yet:</strong> it references entries readers cannot see.
          </p>
          <ul>
            {review.blockers.map((b) => (
              <li key={`${b.kind}/${b.slug}`}>{b.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <section aria-labelledby="diff-heading">
        <h2 id="diff-heading">{review.status === "APPROVED" ? t("whatWasApproved") : t("whatChanged")}</h2>
        {since ? (
          <nav className="diff-switch" aria-label="Which change to show">
            <Link href={`/studio/review/${review.id}`} aria-current={isSinceShown ? "page" : undefined} className="diff-switch__option">
              Changes since {since.isYours ? "your" : `${since.reviewer}’s`} last review (revision {since.fromNumber} → {review.toNumber})
            </Link>
            <Link href={`/studio/review/${review.id}?diff=whole`} aria-current={isSinceShown ? undefined : "page"} className="diff-switch__option">
              The whole change (from {wholeFrom} → {review.toNumber})
            </Link>
          </nav>
        ) : null}
        {review.hiddenBase === "whole" && !isSinceShown ? (
          <p className="notice notice--warn">The revision this change starts from has its content hidden: the comparison cannot be shown.</p>
        ) : null}
        {review.hiddenBase === "since" ? (
          <p className="notice notice--warn">The revision the last review looked at has its content hidden: only the whole change can be shown.</p>
        ) : null}
        {isSinceShown ? (
          <>
            <p className="muted">
              Only what changed after {since.isYours ? "you" : since.reviewer} requested changes on revision {since.fromNumber}. The rest of the change was
              already reviewed; it is still part of what approving publishes.
            </p>
            <DiffView changes={since.changes} kind={review.entry.kind} emptyText={`Nothing changed since revision ${since.fromNumber}.`} />
          </>
        ) : (
          <DiffView changes={review.changes} kind={review.entry.kind} />
        )}
      </section>
      <section aria-labelledby="revisions-heading">
        <h2 id="revisions-heading">{t("revisionsHeading")}</h2>
        <p className="muted">
          From {wholeFrom} to revision {review.toNumber}
          {review.revisions.length < review.toNumber - (review.fromNumber ?? 0) ? ` (the latest ${review.revisions.length} shown)` : ""}.
        </p>
        <CoveredRevisions revisions={review.revisions} sinceNumber={since?.fromNumber ?? null} />
      </section>
      {review.rounds.length > 1 || review.rounds.some((r) => r.comments.length > 0) ? (
        <section aria-labelledby="comments-heading">
          <h2 id="comments-heading">{t("threadHeading")}</h2>
          <ReviewThread rounds={review.rounds} />
        </section>
      ) : null}
      {review.status === "OPEN" && can(actor, "review") ? (
        <>
          <ReviewDecision
            reviewId={review.id}
            revisionId={review.revisionId}
            approval={review.approval}
            fields={review.commentFields}
            isBlocked={review.blockers.length > 0}
            withdrawnReason={review.withdrawal?.reason ?? null}
          />
          {/* Bringing a withdrawn entry back is decided now, in person: it is never scheduled. */}
          {review.withdrawal ? null : (
            <ReviewSchedule
              actor={actor}
              reviewId={review.id}
              revisionId={review.revisionId}
              approval={review.approval}
              isBlocked={review.blockers.length > 0}
            />
          )}
        </>
      ) : review.status !== "OPEN" ? (
        // After a decision the page reloads without the form: the outcome stays on screen.
        <p className={`notice ${review.status === "APPROVED" ? "notice--ok" : ""}`} role="status">
          {t("decided", { status: review.status })}
        </p>
      ) : null}
    </>
  );
}
