import "server-only";
import { ForbiddenError, ValidationError, isUuid, requireUuid } from "../errors";
import { publicTransaction } from "../publication/public-change";
import { can, type Actor } from "../users/permissions";
import { checkApproval, publishApprovedRevision } from "./publish-approved-revision";

export { authorsSincePublished, NEWER_REVISION_MESSAGE } from "./publish-approved-revision";

/** `revisionId` is the revision the reviewer was shown: approval never publishes anything else. */
export type ApproveInput = { actor: Actor; reviewId: string; revisionId: string; reason?: string; now?: Date };

/**
 * Approves an open review and publishes the revision the reviewer saw. Four eyes, citations and link
 * integrity are checked before anything is written; the review row is re-read under the entry lock, so
 * two reviewers approving at once publish once, and a save that moved the review to a newer revision
 * (which takes the same lock) makes the approval fail instead of publishing what nobody reviewed.
 */
export async function approveRevision({
  actor,
  reviewId,
  revisionId,
  reason,
  now = new Date(),
}: ApproveInput): Promise<{ entryId: string; revisionId: string }> {
  if (!can(actor, "review")) throw new ForbiddenError("Only reviewers can approve changes");
  requireUuid(reviewId, "This review");
  if (!isUuid(revisionId)) throw new ValidationError({ revisionId: ["Name the revision you reviewed"] });
  const approval = await checkApproval({ actor, reviewId, revisionId, reason });
  return publicTransaction((tx) => publishApprovedRevision(tx, { actor, approval, now }));
}
