import "server-only";
import { ConflictError, ForbiddenError, ValidationError, isUuid, requireUuid } from "../errors";
import { publicTransaction } from "../publication/public-change";
import { reasonSchema } from "../revisions/revision-input-schema";
import { can, type Actor } from "../users/permissions";
import { checkApproval, publishApprovedRevision } from "./publish-approved-revision";

/**
 * "Publish again": the only way back for a withdrawn entry. It is an approval of an open review (four
 * eyes, citations and link integrity as for any approval, of the revision the reviewer was shown) that
 * also lifts the withdrawal, taken by someone who may withdraw, with a reason for the audit log
 * (`entry.republish`, beside the approval's own line).
 */
export async function republishEntry({
  actor,
  reviewId,
  revisionId,
  reason,
  ownReason,
  now = new Date(),
}: {
  actor: Actor;
  reviewId: string;
  /** The revision the reviewer was shown. */
  revisionId: string;
  /** Why it comes back (recorded in the audit log). */
  reason: unknown;
  /** An admin approving their own change says why, as for any approval. */
  ownReason?: string;
  now?: Date;
}): Promise<{ entryId: string; revisionId: string }> {
  if (!can(actor, "withdraw") || !can(actor, "review")) throw new ForbiddenError("Only reviewers can publish a withdrawn entry again");
  requireUuid(reviewId, "This review");
  if (!isUuid(revisionId)) throw new ValidationError({ revisionId: ["Name the revision you reviewed"] });
  const parsed = reasonSchema.safeParse(reason);
  if (!parsed.success) throw new ValidationError({ republishReason: parsed.error.issues.map((i) => i.message) });
  const approval = await checkApproval({ actor, reviewId, revisionId, reason: ownReason });
  return publicTransaction(async (tx) => {
    // The entry lock every publication and withdrawal takes, so the withdrawal read here is the one lifted.
    const entry = await tx.entry.update({ where: { id: approval.entryId }, data: { updatedAt: now }, select: { withdrawnAt: true } });
    if (!entry.withdrawnAt) throw new ConflictError("This entry is not withdrawn: approve and publish it instead");
    return publishApprovedRevision(tx, { actor, approval, now, republishReason: parsed.data });
  });
}
