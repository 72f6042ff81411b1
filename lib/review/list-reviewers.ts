import "server-only";
import { db } from "../db";
import { ForbiddenError } from "../errors";
import { can, type Actor } from "../users/permissions";

/** The active reviewers and admins: whom a review can be assigned to. */
export async function listReviewers({ actor }: { actor: Actor }): Promise<{ id: string; name: string }[]> {
  if (!can(actor, "read-drafts")) throw new ForbiddenError();
  return db().user.findMany({ where: { isActive: true, role: { in: ["REVIEWER", "ADMIN"] } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
