import "server-only";
import { db } from "../db";
import { ForbiddenError, NotFoundError, requireUuid } from "../errors";
import type { EntryKindName } from "../entries/common-schema";
import { DB_TO_KIND } from "../entries/kinds";
import { can, type Actor } from "../users/permissions";
import type { RevisionState } from "./revision-state";

export type StudioRevision = {
  id: string;
  number: number;
  author: string;
  createdAt: Date;
  summary: string;
  state: RevisionState;
  isHidden: boolean;
  /** Why it was hidden: shown to admins, who may unhide it. */
  hiddenReason: string | null;
  isCurrentlyPublished: boolean;
  isLatest: boolean;
};

/** The studio history: every revision with its state, newest first. */
export async function listRevisions({
  actor,
  entryId,
}: {
  actor: Actor;
  entryId: string;
}): Promise<{ entry: { id: string; kind: EntryKindName; slug: string; title: string }; revisions: StudioRevision[] }> {
  if (!can(actor, "read-drafts")) throw new ForbiddenError();
  requireUuid(entryId, "This entry");
  const entry = await db().entry.findUnique({
    where: { id: entryId },
    select: { id: true, kind: true, slug: true, title: true, latestRevisionId: true, publishedRevisionId: true },
  });
  if (!entry) throw new NotFoundError("This entry does not exist");
  const rows = await db().revision.findMany({
    where: { entryId },
    select: { id: true, number: true, createdAt: true, summary: true, state: true, hiddenAt: true, hiddenReason: true, author: { select: { name: true } } },
    orderBy: { number: "desc" },
  });
  return {
    entry: { id: entry.id, kind: DB_TO_KIND[entry.kind], slug: entry.slug, title: entry.title },
    revisions: rows.map((r) => ({
      id: r.id,
      number: r.number,
      author: r.author.name,
      createdAt: r.createdAt,
      summary: r.summary,
      state: r.state,
      isHidden: r.hiddenAt !== null,
      hiddenReason: can(actor, "hide-revision") ? r.hiddenReason : null,
      isCurrentlyPublished: r.id === entry.publishedRevisionId,
      isLatest: r.id === entry.latestRevisionId,
    })),
  };
}
