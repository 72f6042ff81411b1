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
};

/** The review queue, oldest first; marks the changes the reviewer authored (they cannot approve those). */
export async function listOpenReviews({ actor }: { actor: Actor }): Promise<OpenReview[]> {
  if (!can(actor, "review")) throw new ForbiddenError();
  const rows = await db().review.findMany({
    where: { status: "OPEN" },
    select: {
      id: true,
      entryId: true,
      submittedAt: true,
      submittedBy: { select: { name: true } },
      revision: { select: { number: true, title: true } },
      entry: { select: { kind: true, publishedRevision: { select: { number: true } }, revisions: { select: { authorId: true, number: true } } } },
    },
    orderBy: { submittedAt: "asc" },
  });
  return rows.map((r) => {
    const since = r.entry.publishedRevision?.number ?? 0;
    const authors = new Set(r.entry.revisions.filter((x) => x.number > since && x.number <= r.revision.number).map((x) => x.authorId));
    return {
      id: r.id,
      entryId: r.entryId,
      kind: DB_TO_KIND[r.entry.kind],
      title: r.revision.title,
      number: r.revision.number,
      submittedBy: r.submittedBy.name,
      submittedAt: r.submittedAt,
      isOwnChange: authors.has(actor.id),
    };
  });
}
