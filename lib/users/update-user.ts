import "server-only";
import { hash } from "@node-rs/argon2";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { ForbiddenError, NotFoundError, ValidationError, requireUuid } from "../errors";
import { fieldErrorsFromZod } from "../revisions/field-errors";
import { can, type Actor } from "./permissions";
import { userChangeSchema } from "./user-schema";

/**
 * Changes a user's role, activity or password. Each bumps sessionVersion, so the person's open
 * sessions end on their next request.
 */
export async function updateUser({ actor, userId, input }: { actor: Actor; userId: string; input: unknown }): Promise<void> {
  if (!can(actor, "manage-users")) throw new ForbiddenError();
  requireUuid(userId, "This user");
  const parsed = userChangeSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  const change = parsed.data;
  if (userId === actor.id && change.change !== "password") {
    throw new ValidationError({ _form: ["You cannot change your own role or deactivate yourself"] });
  }
  const data =
    change.change === "role"
      ? { role: change.role }
      : change.change === "active"
        ? { isActive: change.isActive }
        : { passwordHash: await hash(change.password) };
  await db().$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: userId }, data: { ...data, sessionVersion: { increment: 1 } }, select: { id: true } }).catch(() => null);
    if (!user) throw new NotFoundError("This user does not exist");
    await recordAudit(tx, {
      actorId: actor.id,
      action: `user.${change.change}`,
      detail: { userId, ...(change.change === "role" ? { role: change.role } : change.change === "active" ? { isActive: change.isActive } : {}) },
    });
  });
}
