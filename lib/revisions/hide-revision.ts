import "server-only";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, requireUuid } from "../errors";
import { publicChange, publicTransaction } from "../publication/public-change";
import { can, type Actor } from "../users/permissions";
import { reasonSchema } from "./revision-input-schema";

/**
 * Hides a revision's content for legal or safety reasons (admin only). The row stays — published
 * revisions are never deleted — but its content is no longer shown or compared. The currently
 * published revision cannot be hidden: publish a corrected one first, or withdraw the entry.
 */
export async function hideRevision({ actor, revisionId, reason }: { actor: Actor; revisionId: string; reason: unknown }): Promise<void> {
  if (!can(actor, "hide-revision")) throw new ForbiddenError();
  requireUuid(revisionId, "This revision");
  const parsed = reasonSchema.safeParse(reason);
  if (!parsed.success) throw new ValidationError({ reason: parsed.error.issues.map((i) => i.message) });
  await publicTransaction(async (tx) => {
    const revision = await tx.revision.findUnique({
      where: { id: revisionId },
      select: { id: true, entryId: true, hiddenAt: true, publishedOf: { select: { id: true } }, latestOf: { select: { id: true } } },
    });
    if (!revision) throw new NotFoundError("This revision does not exist");
    if (revision.hiddenAt) throw new ConflictError("This revision is already hidden");
    if (revision.publishedOf || revision.latestOf)
      throw new ConflictError("The published or latest revision cannot be hidden; save or publish a corrected revision first");
    await tx.revision.update({ where: { id: revisionId }, data: { hiddenAt: new Date(), hiddenReason: parsed.data, hiddenById: actor.id } });
    await publicChange(tx, { actorId: actor.id, action: "revision.hide", entryId: revision.entryId, revisionId, detail: { reason: parsed.data } });
  });
}
