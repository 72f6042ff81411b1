import "server-only";
import { db } from "../db";
import { parseContent } from "../entries/content-schema";
import { DB_TO_KIND } from "../entries/kinds";
import { toPublicEntry, type PublicEntryContent } from "../entries/public-projection";
import { ForbiddenError, NotFoundError, requireUuid } from "../errors";
import { can, type Actor } from "../users/permissions";
import { publicRevisionNumberSchema } from "./get-public-revision";

/** `kind` and `content`: what readers would see if this revision were published (public-projection.ts). */
export type RevisionPreview = PublicEntryContent & {
  entryId: string;
  number: number;
  state: "DRAFT" | "IN_REVIEW" | "CHANGES_REQUESTED" | "PUBLISHED";
  isPublishedRevision: boolean;
};

/**
 * Any revision of an entry rendered as readers would see it, for staff only (the studio's preview).
 * Without `revision`, the latest. Hidden revisions are not previewed: their content is withheld from everyone.
 */
export async function getRevisionPreview({ actor, entryId, revision }: { actor: Actor | null; entryId: string; revision?: unknown }): Promise<RevisionPreview> {
  if (!actor || !can(actor, "read-drafts")) throw new ForbiddenError();
  requireUuid(entryId, "This entry");
  const parsedNumber = revision === undefined ? null : publicRevisionNumberSchema.safeParse(revision);
  if (parsedNumber && !parsedNumber.success) throw new NotFoundError("This revision does not exist");
  const entry = await db().entry.findUnique({
    where: { id: entryId },
    select: { id: true, kind: true, publishedRevisionId: true, latestRevision: { select: { number: true } } },
  });
  if (!entry?.latestRevision) throw new NotFoundError("This entry does not exist");
  const number = parsedNumber?.data ?? entry.latestRevision.number;
  const row = await db().revision.findUnique({
    where: { entryId_number: { entryId, number } },
    select: { id: true, number: true, state: true, content: true, hiddenAt: true },
  });
  if (!row) throw new NotFoundError("This revision does not exist");
  if (row.hiddenAt) throw new ForbiddenError("The content of a hidden revision is not shown");
  const kind = DB_TO_KIND[entry.kind];
  // Whole, as a publication would require, then projected as readers would see it.
  const projected = parseContent(kind, row.content).success ? toPublicEntry(kind, row.content) : null;
  if (!projected) throw new NotFoundError("This revision cannot be shown");
  return { ...projected, entryId, number: row.number, state: row.state, isPublishedRevision: row.id === entry.publishedRevisionId };
}
