import "server-only";
import { db } from "../db";
import { ForbiddenError, NotFoundError, requireUuid } from "../errors";
import type { EntryKindName } from "../entries/common-schema";
import { DB_TO_KIND } from "../entries/kinds";
import { checkLinkIntegrity, type IntegrityProblem } from "../links/check-link-integrity";
import { parseContent } from "../entries/content-schema";
import { diffContent, type FieldChange } from "../revisions/diff-content";
import { fieldLabel } from "../revisions/field-labels";
import { storedObject } from "../revisions/same-value";
import { can, isOwnChange, type Actor } from "../users/permissions";
import { authorsSincePublished } from "./approve-revision";
import { publicRounds, reviewRounds, sinceLastReviewBase, type ReviewRound } from "./review-rounds";

export type { ReviewRound };

export type CoveredRevision = {
  number: number;
  author: string;
  createdAt: Date;
  summary: string;
  isHidden: boolean;
  /** True when it was saved after the revision the earlier review looked at. */
  isSinceLastReview: boolean;
};

export type ReviewView = {
  id: string;
  status: "OPEN" | "APPROVED" | "CHANGES_REQUESTED" | "SUPERSEDED" | "CLOSED";
  entry: { id: string; kind: EntryKindName; title: string; slug: string };
  /** The revision the whole change starts from: published when this review was opened (or decided), or null for a new entry. */
  fromNumber: number | null;
  /** The revision shown: the approval names it, and is refused if the review has moved on since. */
  revisionId: string;
  toNumber: number;
  submittedBy: string;
  decidedBy: string | null;
  decidedAt: Date | null;
  /** The whole change: from the published revision (or from nothing) to the one under review. */
  changes: FieldChange[];
  /** Set when the base revision's content is hidden: the change cannot be shown. */
  hiddenBase: "whole" | "since" | null;
  /**
   * After "request changes": what changed from the revision the last review looked at (the viewer's own last
   * review when they made one, else the latest) to the one under review. Null on a first review.
   */
  sinceLastReview: { fromNumber: number; reviewer: string; isYours: boolean; changes: FieldChange[] } | null;
  revisions: CoveredRevision[];
  /** Every review round since the last publication, oldest first, this one included. */
  rounds: ReviewRound[];
  /** Fields the reviewer can point a comment at, labelled as in the form. */
  commentFields: { path: string; label: string }[];
  approval: "yes" | "with-reason" | "no";
  blockers: IntegrityProblem[];
  /** Set while the entry is withdrawn: approving it is then "publish again", with a reason. */
  withdrawal: { at: Date; reason: string } | null;
};

const COVERED_LIMIT = 100;

/**
 * The review screen: the whole change (from the revision published when it was reviewed), the change since the
 * last review after "request changes", the revisions it covers and the thread of earlier rounds.
 */
export async function getReview({ actor, reviewId }: { actor: Actor; reviewId: string }): Promise<ReviewView> {
  if (!can(actor, "read-drafts")) throw new ForbiddenError();
  requireUuid(reviewId, "This review");
  const review = await db().review.findUnique({
    where: { id: reviewId },
    select: {
      id: true,
      status: true,
      submittedAt: true,
      decidedAt: true,
      submittedBy: { select: { name: true } },
      decidedBy: { select: { name: true } },
      revision: { select: { id: true, number: true, content: true } },
      entry: {
        select: {
          id: true,
          kind: true,
          title: true,
          slug: true,
          withdrawnAt: true,
          withdrawnReason: true,
          publishedRevision: { select: { number: true, content: true, hiddenAt: true } },
        },
      },
    },
  });
  if (!review) throw new NotFoundError("This review does not exist");
  const entryId = review.entry.id;
  const kind = DB_TO_KIND[review.entry.kind];
  const toNumber = review.revision.number;

  // An open review compares with what readers see now; a decided one with what they saw then, so an approved
  // review still shows what was approved instead of an empty comparison with itself.
  const base =
    review.status === "OPEN"
      ? review.entry.publishedRevision
      : await db().revision.findFirst({
          where: { entryId, number: { lt: toNumber }, publishedAt: { not: null, lte: review.decidedAt ?? new Date() } },
          orderBy: { number: "desc" },
          select: { number: true, content: true, hiddenAt: true },
        });

  const rounds = await reviewRounds({ entryId, kind, review });
  const since = sinceLastReviewBase({ rounds, actorId: actor.id });
  const sinceRevision = since
    ? await db().revision.findUnique({
        where: { entryId_number: { entryId, number: since.revisionNumber } },
        select: { number: true, content: true, hiddenAt: true },
      })
    : null;

  const covered = await db().revision.findMany({
    where: { entryId, number: { gt: base?.number ?? 0, lte: toNumber } },
    orderBy: { number: "desc" },
    take: COVERED_LIMIT,
    select: { number: true, createdAt: true, summary: true, hiddenAt: true, author: { select: { name: true } } },
  });

  const after = storedObject(review.revision.content);
  const parsed = parseContent(kind, review.revision.content);
  const blockers = parsed.success ? (await checkLinkIntegrity(db(), { kind, content: parsed.data, selfId: entryId })).problems : [];
  const change = { authorIds: await authorsSincePublished(entryId, toNumber) };
  const changes = base?.hiddenAt ? [] : diffContent(base ? storedObject(base.content) : null, after);
  return {
    id: review.id,
    status: review.status,
    entry: { id: entryId, kind, title: review.entry.title, slug: review.entry.slug },
    fromNumber: base?.number ?? null,
    revisionId: review.revision.id,
    toNumber,
    submittedBy: review.submittedBy.name,
    decidedBy: review.decidedBy?.name ?? null,
    decidedAt: review.decidedAt,
    changes,
    hiddenBase: base?.hiddenAt ? "whole" : sinceRevision?.hiddenAt ? "since" : null,
    sinceLastReview:
      since && sinceRevision && !sinceRevision.hiddenAt
        ? {
            fromNumber: sinceRevision.number,
            reviewer: since.reviewer,
            isYours: since.isYours,
            changes: diffContent(storedObject(sinceRevision.content), after),
          }
        : null,
    revisions: covered.map((r) => ({
      number: r.number,
      author: r.author.name,
      createdAt: r.createdAt,
      summary: r.summary,
      isHidden: r.hiddenAt !== null,
      isSinceLastReview: sinceRevision !== null && r.number > sinceRevision.number,
    })),
    rounds: publicRounds(rounds),
    commentFields: [...new Set(changes.map((c) => c.field))].map((path) => ({ path, label: fieldLabel(path, undefined, kind) })),
    approval: !can(actor, "approve", change) ? "no" : isOwnChange(actor, change) ? "with-reason" : "yes",
    blockers,
    withdrawal: review.entry.withdrawnAt ? { at: review.entry.withdrawnAt, reason: review.entry.withdrawnReason ?? "" } : null,
  };
}
