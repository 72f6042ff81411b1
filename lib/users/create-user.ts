import "server-only";
import { hash } from "@node-rs/argon2";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { ForbiddenError, ValidationError } from "../errors";
import { fieldErrorsFromZod } from "../revisions/field-errors";
import { can, isSystemActor, type Actor, type SystemActor } from "./permissions";
import { newUserSchema } from "./user-schema";

/** An admin in the studio, or SYSTEM_ACTOR for the command line (first admin of a production database). */
export async function createUser({ actor, input }: { actor: Actor | SystemActor; input: unknown }): Promise<{ id: string }> {
  if (!can(actor, "manage-users")) throw new ForbiddenError();
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  const { email, name, role, password } = parsed.data;
  const passwordHash = await hash(password);
  return db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new ValidationError({ email: ["A user with this e-mail address already exists"] });
    }
    const user = await tx.user.create({ data: { email, name, role, passwordHash }, select: { id: true } });
    await recordAudit(tx, {
      actorId: isSystemActor(actor) ? null : actor.id,
      action: "user.create",
      detail: { userId: user.id, email, role, ...(isSystemActor(actor) ? { by: actor.name } : {}) },
    });
    return user;
  });
}
