import "server-only";
import { db } from "../db";
import type { Actor } from "./permissions";

/**
 * The person a session token names, re-read from the database: null for an unknown or deactivated
 * account, or a token whose session version is not the account's (bumped by sign-out, deactivation,
 * role and password changes), so those end every session of the person at once, not when the token expires.
 */
export async function actorForToken({
  userId,
  sessionVersion,
}: {
  userId: unknown;
  sessionVersion: unknown;
}): Promise<(Actor & { sessionVersion: number }) | null> {
  if (typeof userId !== "string" || typeof sessionVersion !== "number") return null;
  const user = await db()
    .user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, name: true, role: true, isActive: true, sessionVersion: true },
    })
    .catch(() => null); // an id that is not a uuid names nobody
  if (!user || !user.isActive || sessionVersion !== user.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
