import "server-only";
import { db } from "../db";
import { ForbiddenError } from "../errors";
import type { EntryKindName } from "../entries/common-schema";
import { DB_TO_KIND } from "../entries/kinds";
import { can, type Actor } from "../users/permissions";

export type OpenReview = {
  id: string;
  entryId: string;
  kind: EntryKindName;
  title: string;
  number: number;
  submittedBy: string;
  submittedAt: Date;
  isOwnChange: boolean;
  /** The reviewer asked to take it, if anyone was. */
  assignedTo: { id: string; name: string } | null;
};

/**
 * The review queue, oldest first; marks the changes the reviewer authored (they cannot approve those).
 * Two queries whatever the history: the open reviews, then only the reviews whose unpublished
 * revisions include one by this reviewer (an EXISTS on the revisions between the published one and
 * the submitted one), instead of loading every revision of every entry in the queue.
 */
export async function listOpenReviews({ actor }: { actor: Actor }): Promise<OpenReview[]> {
  if (!can(actor, "review")) throw new ForbiddenError();
  const rows = await db().review.findMany({
    where: { status: "OPEN" },
    select: {
      id: true,
      entryId: true,
      submittedAt: true,
      submittedBy: { select: { name: true } },
      reviewer: { select: { id: true, name: true } },
      revision: { select: { number: true, title: true } },
      entry: { select: { kind: true } },
    },
    orderBy: { submittedAt: "asc" },
  });
  if (rows.length === 0) return [];
  const own = await db().$queryRaw<{ id: string }[]>`
    SELECT rv.id::text AS id
    FROM "Review" rv
    JOIN "Revision" submitted ON submitted.id = rv."revisionId"
    JOIN "Entry" e ON e.id = rv."entryId"
    LEFT JOIN "Revision" published ON published.id = e."publishedRevisionId"
    WHERE rv.status = 'OPEN'
      AND EXISTS (
        SELECT 1 FROM "Revision" r
        WHERE r."entryId" = rv."entryId"
          AND r."authorId" = ${actor.id}::uuid
          AND r.number > COALESCE(published.number, 0)
          AND r.number <= submitted.number
      )`;
  const ownIds = new Set(own.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    entryId: r.entryId,
    kind: DB_TO_KIND[r.entry.kind],
    title: r.revision.title,
    number: r.revision.number,
    submittedBy: r.submittedBy.name,
    submittedAt: r.submittedAt,
    isOwnChange: ownIds.has(r.id),
    assignedTo: r.reviewer,
  }));
}
