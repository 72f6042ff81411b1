import "server-only";
import { invalidatePublicPages } from "../cache/invalidate-public-pages";
import { db } from "../db";
import type { Actor } from "../users/permissions";
import { checkApproval, publishApprovedRevision } from "./publish-approved-revision";

export type ApproveInput = { actor: Actor; reviewId: string; reason?: string; now?: Date };

/** The people who authored any revision since the last published one, up to `number`. */
export async function authorsSincePublished(entryId: string, number: number): Promise<string[]> {
  const entry = await db().entry.findUniqueOrThrow({ where: { id: entryId }, select: { publishedRevision: { select: { number: true } } } });
  const rows = await db().revision.findMany({
    where: { entryId, number: { gt: entry.publishedRevision?.number ?? 0, lte: number } },
    select: { authorId: true },
    distinct: ["authorId"],
  });
  return rows.map((r) => r.authorId);
}

/**
 * Approves an open review and publishes its revision. Four eyes, citations and link integrity are
 * checked before anything is written; the review row is re-read under the entry lock so that two
 * reviewers approving at once publish once.
 */
export async function approveRevision({ actor, reviewId, reason, now = new Date() }: ApproveInput): Promise<{ entryId: string; revisionId: string }> {
  const approval = await checkApproval({ actor, reviewId, reason });
  const result = await db().$transaction((tx) => publishApprovedRevision(tx, { actor, approval, now }));
  await invalidatePublicPages();
  return result;
}
