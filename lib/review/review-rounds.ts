import "server-only";
import { db } from "../db";
import { fieldLabel } from "../revisions/field-labels";

/** One submission of an entry for review and what came of it. */
export type ReviewRound = {
  id: string;
  /** 1 for the first review since the last publication. */
  index: number;
  isCurrent: boolean;
  status: "OPEN" | "APPROVED" | "CHANGES_REQUESTED" | "SUPERSEDED" | "CLOSED";
  /** The revision this round reviewed (for the open round: the one under review now). */
  revisionNumber: number;
  submittedBy: string;
  submittedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  /** An admin's reason for approving their own change. */
  approvalReason: string | null;
  comments: { id: string; author: string; field: string | null; fieldLabel: string | null; body: string; createdAt: Date }[];
  /** The revision submitted in the next round: the answer to this round's comments. */
  answeredByNumber: number | null;
};

type RoundWithDecider = ReviewRound & { decidedById: string | null };

const ROUND_LIMIT = 50;

/**
 * The rounds of review since the entry was last published, oldest first, ending with `review`: an earlier
 * approval closes a cycle, so a thread never mixes the comments of an old publication with this one.
 */
export async function reviewRounds({
  entryId,
  kind,
  review,
}: {
  entryId: string;
  /** The entry's kind: comments name fields as its form does. */
  kind: string;
  review: { id: string; submittedAt: Date };
}): Promise<RoundWithDecider[]> {
  const rows = await db().review.findMany({
    where: { entryId, submittedAt: { lte: review.submittedAt } },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: ROUND_LIMIT,
    select: {
      id: true,
      status: true,
      submittedAt: true,
      decidedAt: true,
      decidedById: true,
      decisionNote: true,
      submittedBy: { select: { name: true } },
      decidedBy: { select: { name: true } },
      revision: { select: { number: true } },
      comments: { orderBy: { createdAt: "asc" }, select: { id: true, field: true, body: true, createdAt: true, author: { select: { name: true } } } },
    },
  });
  const current = rows.find((r) => r.id === review.id);
  const earlier = rows.filter((r) => r.id !== review.id);
  const cycle: typeof rows = current ? [current] : [];
  for (const row of earlier) {
    if (row.status === "APPROVED") break;
    cycle.push(row);
  }
  cycle.reverse();
  return cycle.map((r, index) => ({
    id: r.id,
    index: index + 1,
    isCurrent: r.id === review.id,
    status: r.status,
    revisionNumber: r.revision.number,
    submittedBy: r.submittedBy.name,
    submittedAt: r.submittedAt,
    decidedBy: r.decidedBy?.name ?? null,
    decidedById: r.decidedById,
    decidedAt: r.decidedAt,
    approvalReason: r.status === "APPROVED" ? r.decisionNote : null,
    comments: r.comments.map((c) => ({
      id: c.id,
      author: c.author.name,
      field: c.field,
      fieldLabel: c.field ? fieldLabel(c.field, undefined, kind) : null,
      body: c.body,
      createdAt: c.createdAt,
    })),
    answeredByNumber: cycle[index + 1]?.revision.number ?? null,
  }));
}

/**
 * Where "changes since your last review" starts: the revision of the viewer's own latest "request changes" in
 * this cycle, or when they made none, of the latest one by anyone. Null on a first review.
 */
export function sinceLastReviewBase({
  rounds,
  actorId,
}: {
  rounds: RoundWithDecider[];
  actorId: string;
}): { revisionNumber: number; reviewer: string; isYours: boolean } | null {
  const requested = rounds.filter((r) => !r.isCurrent && r.status === "CHANGES_REQUESTED");
  const own = requested.filter((r) => r.decidedById === actorId).at(-1);
  const chosen = own ?? requested.at(-1);
  if (!chosen) return null;
  return { revisionNumber: chosen.revisionNumber, reviewer: chosen.decidedBy ?? "a reviewer", isYours: chosen === own };
}

/** Rounds without who decided them by id: what the page receives. */
export function publicRounds(rounds: RoundWithDecider[]): ReviewRound[] {
  return rounds.map(({ decidedById: _decidedById, ...round }) => round);
}
