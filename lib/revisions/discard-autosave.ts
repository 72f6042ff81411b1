import "server-only";
import { db } from "../db";
import { ForbiddenError, ValidationError } from "../errors";
import { can, type Actor } from "../users/permissions";
import { autosaveKeySchema } from "./autosave-key";

/** Throws away the actor's own unsaved work in one slot (the editor's "Discard"). */
export async function discardAutosave({ actor, key }: { actor: Actor; key: unknown }): Promise<void> {
  if (!can(actor, "edit")) throw new ForbiddenError();
  const parsed = autosaveKeySchema.safeParse(key);
  if (!parsed.success) throw new ValidationError({ key: ["Unknown autosave slot"] });
  await db().autosave.deleteMany({ where: { userId: actor.id, key: parsed.data } });
}
