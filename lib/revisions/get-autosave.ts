import "server-only";
import { db } from "../db";
import { ForbiddenError } from "../errors";
import { can, type Actor } from "../users/permissions";
import { autosaveKeySchema } from "./autosave-key";
import { isPlainObject } from "./same-value";

export type AutosaveView = { key: string; baseRevisionId: string | null; content: Record<string, unknown>; updatedAt: Date };

/** The actor's own unsaved work for an entry (or a new entry of a kind), if any. */
export async function getAutosave({ actor, key }: { actor: Actor; key: string }): Promise<AutosaveView | null> {
  if (!can(actor, "edit")) throw new ForbiddenError();
  if (!autosaveKeySchema.safeParse(key).success) return null;
  const row = await db().autosave.findUnique({
    where: { userId_key: { userId: actor.id, key } },
    select: { key: true, baseRevisionId: true, content: true, updatedAt: true },
  });
  if (!row || !isPlainObject(row.content)) return null;
  return { key: row.key, baseRevisionId: row.baseRevisionId, content: row.content, updatedAt: row.updatedAt };
}
