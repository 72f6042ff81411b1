import "server-only";
import { db } from "../db";
import { ForbiddenError, NotFoundError, requireUuid } from "../errors";
import type { EntryKindName } from "../entries/common-schema";
import { DB_TO_KIND } from "../entries/kinds";
import { checkLinkIntegrity, type IntegrityProblem } from "../links/check-link-integrity";
import { parseContent } from "../entries/content-schema";
import { diffContent, type FieldChange } from "../revisions/diff-content";
import { can, isOwnChange, type Actor } from "../users/permissions";
import { authorsSincePublished } from "./approve-revision";

export type ReviewView = {
  id: string;
  status: "OPEN" | "APPROVED" | "CHANGES_REQUESTED" | "SUPERSEDED";
  entry: { id: string; kind: EntryKindName; title: string; slug: string };
  fromNumber: number | null;
  /** The revision shown: the approval names it, and is refused if the review has moved on since. */
  revisionId: string;
  toNumber: number;
  submittedBy: string;
  changes: FieldChange[];
  comments: { id: string; author: string; field: string | null; body: string; createdAt: Date }[];
  approval: "yes" | "with-reason" | "no";
  blockers: IntegrityProblem[];
};

/** The review screen: the diff from the published revision (or from nothing) to the submitted one. */
export async function getReview({ actor, reviewId }: { actor: Actor; reviewId: string }): Promise<ReviewView> {
  if (!can(actor, "read-drafts")) throw new ForbiddenError();
  requireUuid(reviewId, "This review");
  const review = await db().review.findUnique({
    where: { id: reviewId },
    select: {
      id: true,
      status: true,
      submittedBy: { select: { name: true } },
      revision: { select: { id: true, number: true, content: true } },
      comments: { select: { id: true, field: true, body: true, createdAt: true, author: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
      entry: { select: { id: true, kind: true, title: true, slug: true, publishedRevision: { select: { number: true, content: true } } } },
    },
  });
  if (!review) throw new NotFoundError("This review does not exist");
  const kind = DB_TO_KIND[review.entry.kind];
  const parsed = parseContent(kind, review.revision.content);
  const blockers = parsed.success ? (await checkLinkIntegrity(db(), { kind, content: parsed.data, selfId: review.entry.id })).problems : [];
  const change = { authorIds: await authorsSincePublished(review.entry.id, review.revision.number) };
  return {
    id: review.id,
    status: review.status,
    entry: { id: review.entry.id, kind, title: review.entry.title, slug: review.entry.slug },
    fromNumber: review.entry.publishedRevision?.number ?? null,
    revisionId: review.revision.id,
    toNumber: review.revision.number,
    submittedBy: review.submittedBy.name,
    changes: diffContent((review.entry.publishedRevision?.content as Record<string, unknown>) ?? null, review.revision.content as Record<string, unknown>),
    comments: review.comments.map((c) => ({ id: c.id, author: c.author.name, field: c.field, body: c.body, createdAt: c.createdAt })),
    approval: !can(actor, "approve", change) ? "no" : isOwnChange(actor, change) ? "with-reason" : "yes",
    blockers,
  };
}
