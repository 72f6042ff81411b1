import "server-only";
import { db } from "../db";
import { ForbiddenError } from "../errors";
import { can, type Actor } from "../users/permissions";

/** The people who have saved at least one revision: the author filter of the studio entry list. */
export async function listEntryAuthors({ actor }: { actor: Actor }): Promise<{ id: string; name: string }[]> {
  if (!can(actor, "read-drafts")) throw new ForbiddenError();
  return db().user.findMany({ where: { revisions: { some: {} } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
