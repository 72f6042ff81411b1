import "server-only";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { ForbiddenError, NotFoundError, ValidationError, requireUuid } from "../errors";
import { fieldErrorsFromZod } from "../revisions/field-errors";
import { accountChangeEmail } from "./account-consequences";
import { sendAccountEmail } from "./account-email";
import { can, type Actor } from "./permissions";
import { userChangeSchema } from "./user-schema";

/**
 * Changes a user's role or activity, after the admin confirmed what it means. Each bumps
 * sessionVersion, so the person's open sessions end on their next request, and each is e-mailed to
 * the person. A change to what the account already is writes nothing.
 */
export async function updateUser({ actor, userId, input }: { actor: Actor; userId: string; input: unknown }): Promise<{ isChanged: boolean }> {
  if (!can(actor, "manage-users")) throw new ForbiddenError();
  requireUuid(userId, "This user");
  const parsed = userChangeSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  const change = parsed.data;
  if (userId === actor.id) {
    throw new ValidationError({ _form: ["You cannot change your own role or deactivate yourself"] });
  }
  const data = change.change === "role" ? { role: change.role } : { isActive: change.isActive };
  const person = await db().$transaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id: userId }, select: { email: true, name: true, role: true, isActive: true } });
    if (!current) throw new NotFoundError("This user does not exist");
    if (change.change === "role" ? current.role === change.role : current.isActive === change.isActive) return null;
    await tx.user.update({ where: { id: userId }, data: { ...data, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: `user.${change.change}`,
      detail: { userId, ...(change.change === "role" ? { role: change.role, previousRole: current.role } : { isActive: change.isActive }) },
    });
    return current;
  });
  if (!person) return { isChanged: false };
  await sendAccountEmail({ to: { name: person.name, address: person.email }, ...accountChangeEmail(data, { adminName: actor.name }) });
  return { isChanged: true };
}
