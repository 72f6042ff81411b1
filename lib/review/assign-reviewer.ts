import "server-only";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { notifyReviewAssigned } from "../notifications/notify-review-events";
import { can, type Actor } from "../users/permissions";
import { bulkEntryIdsSchema, forEachEntry, type BulkEntryResult } from "./bulk-entry-results";

const reviewerIdSchema = z.uuid({ error: "Choose a reviewer" });

/**
 * Asks one reviewer to take the open reviews of several entries, in one transaction. Per entry: it
 * has an open review, and the reviewer did not write any of the change (four eyes: they could not
 * approve it). Each assignment is audited and tells the reviewer in their inbox.
 */
export async function assignReviewer({ actor, entryIds, reviewerId }: { actor: Actor; entryIds: unknown; reviewerId: unknown }): Promise<BulkEntryResult[]> {
  if (!can(actor, "edit")) throw new ForbiddenError();
  const ids = bulkEntryIdsSchema.safeParse(entryIds);
  const reviewer = reviewerIdSchema.safeParse(reviewerId);
  if (!ids.success || !reviewer.success) {
    throw new ValidationError({
      ...(ids.success ? {} : { entryIds: ids.error.issues.map((i) => i.message) }),
      ...(reviewer.success ? {} : { reviewerId: reviewer.error.issues.map((i) => i.message) }),
    });
  }
  return db().$transaction(async (tx) => {
    const person = await tx.user.findFirst({
      where: { id: reviewer.data, isActive: true, role: { in: ["REVIEWER", "ADMIN"] } },
      select: { id: true, name: true },
    });
    if (!person) throw new ValidationError({ reviewerId: ["Choose an active reviewer or admin"] });
    return forEachEntry(tx, ids.data, async (entryId) => {
      const review = await tx.review.findFirst({
        where: { entryId, status: "OPEN" },
        select: {
          id: true,
          reviewerId: true,
          revisionId: true,
          revision: { select: { number: true } },
          entry: { select: { publishedRevision: { select: { number: true } } } },
        },
      });
      if (!review) throw new NotFoundError("Not in review: submit it first");
      if (review.reviewerId === person.id) return `Already assigned to ${person.name}`;
      const since = review.entry.publishedRevision?.number ?? 0;
      const authored = await tx.revision.count({ where: { entryId, authorId: person.id, number: { gt: since, lte: review.revision.number } } });
      if (authored > 0) throw new ConflictError(`${person.name} wrote part of this change and cannot review it`);
      await tx.review.update({ where: { id: review.id }, data: { reviewerId: person.id } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "review.assign",
        entryId,
        revisionId: review.revisionId,
        detail: { reviewerId: person.id, previousReviewerId: review.reviewerId },
      });
      await notifyReviewAssigned(tx, { reviewId: review.id, reviewerId: person.id, actorId: actor.id });
      return `Assigned to ${person.name}`;
    });
  });
}
