import "server-only";
import { hash } from "@node-rs/argon2";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { ForbiddenError, ValidationError } from "../errors";
import { fieldErrorsFromZod } from "../revisions/field-errors";
import { can, type Actor } from "./permissions";
import { newUserSchema } from "./user-schema";

/** `actor` null means the command line (first admin of a production database). */
export async function createUser({ actor, input }: { actor: Actor | null; input: unknown }): Promise<{ id: string }> {
  if (actor && !can(actor, "manage-users")) throw new ForbiddenError();
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  const { email, name, role, password } = parsed.data;
  const passwordHash = await hash(password);
  return db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new ValidationError({ email: ["A user with this e-mail address already exists"] });
    }
    const user = await tx.user.create({ data: { email, name, role, passwordHash }, select: { id: true } });
    await recordAudit(tx, { actorId: actor?.id ?? null, action: "user.create", detail: { userId: user.id, email, role } });
    return user;
  });
}
