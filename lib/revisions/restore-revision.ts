import "server-only";
import { db } from "../db";
import { ForbiddenError, NotFoundError, requireUuid } from "../errors";
import { DB_TO_KIND } from "../entries/kinds";
import { can, type Actor } from "../users/permissions";
import { saveRevision, type SaveRevisionResult } from "./save-revision";

/** Restoring never publishes: the old content becomes a new draft revision that goes through review. */
export async function restoreRevision({ actor, revisionId }: { actor: Actor; revisionId: string }): Promise<SaveRevisionResult> {
  if (!can(actor, "edit")) throw new ForbiddenError(); // before reading what the actor may not see
  requireUuid(revisionId, "This revision");
  const old = await db().revision.findUnique({
    where: { id: revisionId },
    select: { number: true, content: true, hiddenAt: true, entry: { select: { id: true, kind: true, latestRevisionId: true } } },
  });
  if (!old || old.hiddenAt) throw new NotFoundError("This revision does not exist or its content is hidden");
  return saveRevision({
    actor,
    kind: DB_TO_KIND[old.entry.kind],
    entryId: old.entry.id,
    baseRevisionId: old.entry.latestRevisionId,
    content: old.content,
    summary: `Restored revision ${old.number}`,
  });
}
