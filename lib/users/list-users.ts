import "server-only";
import { db } from "../db";
import { ForbiddenError } from "../errors";
import { can, type Actor } from "./permissions";

export async function listUsers({ actor }: { actor: Actor }) {
  if (!can(actor, "manage-users")) throw new ForbiddenError();
  return db().user.findMany({ select: { id: true, email: true, name: true, role: true, isActive: true, createdAt: true }, orderBy: { email: "asc" } });
}
