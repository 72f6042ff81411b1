import "server-only";
import { db } from "../db";
import { storedObject } from "../revisions/same-value";
import { ForbiddenError, NotFoundError, requireUuid } from "../errors";
import { can, type Actor } from "../users/permissions";
import type { EntryKindName } from "./common-schema";
import { DB_TO_KIND } from "./kinds";

import type { RevisionState } from "../revisions/revision-state";

export type { RevisionState };

export type StudioEntry = {
  id: string;
  kind: EntryKindName;
  slug: string;
  title: string;
  isWithdrawn: boolean;
  /** The public reason, while the entry is withdrawn. */
  withdrawnReason: string | null;
  publishedNumber: number | null;
  latest: { id: string; number: number; state: RevisionState; createdAt: Date; author: string; content: Record<string, unknown> };
  /** The most recent review, when it is open or asked for changes: the editor shows its comments. */
  review: {
    id: string;
    status: "OPEN" | "CHANGES_REQUESTED";
    revisionNumber: number;
    decidedBy: string | null;
    comments: { id: string; author: string; field: string | null; body: string }[];
  } | null;
};

/** The entry as the editor opens it: its latest revision (the base of the next save) and review state. */
export async function getStudioEntry({ actor, entryId }: { actor: Actor; entryId: string }): Promise<StudioEntry> {
  if (!can(actor, "read-drafts")) throw new ForbiddenError();
  requireUuid(entryId, "This entry");
  const entry = await db().entry.findUnique({
    where: { id: entryId },
    select: {
      id: true,
      kind: true,
      slug: true,
      title: true,
      withdrawnAt: true,
      withdrawnReason: true,
      publishedRevision: { select: { number: true } },
      latestRevision: { select: { id: true, number: true, state: true, createdAt: true, content: true, author: { select: { name: true } } } },
      reviews: {
        orderBy: { submittedAt: "desc" },
        take: 1,
        select: {
          id: true,
          status: true,
          revision: { select: { number: true } },
          decidedBy: { select: { name: true } },
          comments: { orderBy: { createdAt: "asc" }, select: { id: true, field: true, body: true, author: { select: { name: true } } } },
        },
      },
    },
  });
  if (!entry?.latestRevision) throw new NotFoundError("This entry does not exist");
  const review = entry.reviews[0];
  // The comments of a request for changes stay in view until the entry is submitted again.
  const isReviewCurrent = review?.status === "OPEN" || review?.status === "CHANGES_REQUESTED";
  return {
    id: entry.id,
    kind: DB_TO_KIND[entry.kind],
    slug: entry.slug,
    title: entry.title,
    isWithdrawn: entry.withdrawnAt !== null,
    withdrawnReason: entry.withdrawnAt !== null ? (entry.withdrawnReason ?? "") : null,
    publishedNumber: entry.publishedRevision?.number ?? null,
    latest: {
      id: entry.latestRevision.id,
      number: entry.latestRevision.number,
      state: entry.latestRevision.state,
      createdAt: entry.latestRevision.createdAt,
      author: entry.latestRevision.author.name,
      content: storedObject(entry.latestRevision.content),
    },
    review:
      review && isReviewCurrent
        ? {
            id: review.id,
            status: review.status as "OPEN" | "CHANGES_REQUESTED",
            revisionNumber: review.revision.number,
            decidedBy: review.decidedBy?.name ?? null,
            comments: review.comments.map((c) => ({ id: c.id, author: c.author.name, field: c.field, body: c.body })),
          }
        : null,
  };
}
