import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { db } from "../db";
import { authOptions } from "./auth-options";
import { can, type Action, type Actor } from "./permissions";

/**
 * The signed-in person, re-read from the database on every request: a deactivated account or a
 * changed role (which bumps sessionVersion) ends the session at once, not when the token expires.
 */
export async function currentActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions());
  const claims = session?.user as { id?: string; sessionVersion?: number } | undefined;
  if (!claims?.id) return null;
  return actorForToken({ userId: claims.id, sessionVersion: claims.sessionVersion });
}

/** The rule behind currentActor, separate so integration tests can prove it without a browser. */
export async function actorForToken({ userId, sessionVersion }: { userId: string; sessionVersion: number | undefined }): Promise<Actor | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, isActive: true, sessionVersion: true },
  });
  if (!user || !user.isActive || sessionVersion !== user.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** For studio pages: the actor, or a redirect to sign in; forbidden when the role is not enough. */
export async function requireActor(action: Action = "read-drafts", callbackUrl = "/studio"): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  if (!can(actor, action)) forbidden();
  return actor;
}
