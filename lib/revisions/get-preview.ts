import "server-only";
import { db } from "../db";
import type { EntryKindName } from "../entries/common-schema";
import { parseContent, type ContentByKind } from "../entries/content-schema";
import { DB_TO_KIND } from "../entries/kinds";
import { ForbiddenError, NotFoundError, requireUuid } from "../errors";
import { can, type Actor } from "../users/permissions";
import { publicRevisionNumberSchema, type PublicContent } from "./get-public-revision";

export type RevisionPreview = {
  entryId: string;
  kind: EntryKindName;
  number: number;
  state: "DRAFT" | "IN_REVIEW" | "CHANGES_REQUESTED" | "PUBLISHED";
  isPublishedRevision: boolean;
  /** What readers would see if this revision were published: a source's archived text is left out. */
  content: PublicContent<EntryKindName>;
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
  const parsed = parseContent(kind, row.content);
  if (!parsed.success) throw new NotFoundError("This revision cannot be shown");
  const content = kind === "source" ? (({ archive: _archive, ...rest }) => rest)(parsed.data as ContentByKind["source"]) : parsed.data;
  return { entryId, kind, number: row.number, state: row.state, isPublishedRevision: row.id === entry.publishedRevisionId, content };
}
