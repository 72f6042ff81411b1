import "server-only";
import { db } from "../db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, isUuid, requireUuid } from "../errors";
import { DB_TO_KIND } from "../entries/kinds";
import { can, type Actor } from "../users/permissions";
import { saveRevision, type SaveRevisionResult } from "./save-revision";

export const RESTORE_MOVED_ON_MESSAGE = "Someone saved a newer revision since you looked at this restore; check what it would change now";

/**
 * Restoring never publishes: the old content becomes a new draft revision that goes through review.
 * `latestRevisionId` is the revision the restore preview compared with: when someone saved meanwhile the
 * restore is refused instead of silently undoing their work (a merge would not be what the preview showed).
 */
export async function restoreRevision({
  actor,
  revisionId,
  latestRevisionId,
}: {
  actor: Actor;
  revisionId: string;
  latestRevisionId: unknown;
}): Promise<Exclude<SaveRevisionResult, { ok: true }> | (Extract<SaveRevisionResult, { ok: true }> & { isInReview: boolean })> {
  if (!can(actor, "edit")) throw new ForbiddenError(); // before reading what the actor may not see
  requireUuid(revisionId, "This revision");
  if (!isUuid(latestRevisionId)) throw new ValidationError({ latestRevisionId: ["Look at what the restore would change first"] });
  const old = await db().revision.findUnique({
    where: { id: revisionId },
    select: { id: true, number: true, content: true, hiddenAt: true, entry: { select: { id: true, kind: true, latestRevisionId: true } } },
  });
  if (!old || old.hiddenAt) throw new NotFoundError("This revision does not exist or its content is hidden");
  if (old.id === old.entry.latestRevisionId) throw new ConflictError("This is already the latest revision");
  if (old.entry.latestRevisionId !== latestRevisionId) throw new ConflictError(RESTORE_MOVED_ON_MESSAGE);
  // A save in the instant between this check and the write is merged field by field, as any concurrent save is.
  const saved = await saveRevision({
    actor,
    kind: DB_TO_KIND[old.entry.kind],
    entryId: old.entry.id,
    baseRevisionId: latestRevisionId,
    content: old.content,
    summary: `Restored revision ${old.number}`,
  });
  if (!saved.ok) return saved;
  // An open review moves to the restored draft; otherwise the draft waits to be submitted.
  const { state } = await db().revision.findUniqueOrThrow({ where: { id: saved.revisionId }, select: { state: true } });
  return { ...saved, isInReview: state === "IN_REVIEW" };
}
