import "server-only";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, requireUuid } from "../errors";
import { publicChange, publicTransaction } from "../publication/public-change";
import { can, type Actor } from "../users/permissions";
import { reasonSchema } from "./revision-input-schema";

/**
 * Shows a hidden revision's content again (admin only, the same permission as hiding), with a reason
 * kept in the audit log next to the one it was hidden for. Its public page and comparisons come back.
 */
export async function unhideRevision({ actor, revisionId, reason }: { actor: Actor; revisionId: string; reason: unknown }): Promise<void> {
  if (!can(actor, "hide-revision")) throw new ForbiddenError();
  requireUuid(revisionId, "This revision");
  const parsed = reasonSchema.safeParse(reason);
  if (!parsed.success) throw new ValidationError({ reason: parsed.error.issues.map((i) => i.message) });
  await publicTransaction(async (tx) => {
    const revision = await tx.revision.findUnique({ where: { id: revisionId }, select: { entryId: true, hiddenAt: true, hiddenReason: true } });
    if (!revision) throw new NotFoundError("This revision does not exist");
    // Conditional update: of two admins unhiding at once, one wins and the other gets a conflict.
    const { count } = await tx.revision.updateMany({
      where: { id: revisionId, hiddenAt: { not: null } },
      data: { hiddenAt: null, hiddenReason: null, hiddenById: null },
    });
    if (count === 0) throw new ConflictError("This revision is not hidden");
    await publicChange(tx, {
      actorId: actor.id,
      action: "revision.unhide",
      entryId: revision.entryId,
      revisionId,
      detail: { reason: parsed.data, hiddenFor: revision.hiddenReason },
    });
  });
}
