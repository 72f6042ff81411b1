import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { REQUEST_PATH_HEADER } from "@/lib/http/request-path";
import { sameOriginPath } from "@/lib/http/same-origin-path";
import { siteUrl } from "@/lib/site-url";
import { cache } from "react";
import { authOptions } from "./auth-options";
import { can, type Action, type Actor } from "./permissions";
import { mustEnrolSecondFactor } from "./second-factor";

export { actorForToken } from "./actor-for-token";

/**
 * The signed-in person. next-auth's session callback (auth-options.ts) re-reads the account through
 * actorForToken on every request, so a signed-out, deactivated or changed account has no session here.
 * Read once per request: a studio layout and its page both ask, and each read is a query (and, for a
 * forged cookie, a warning in the log).
 */
export const currentActor = cache(async function currentActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions());
  const user = session?.user;
  if (!user?.id || !user.role || !user.email || !user.name) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/**
 * For studio pages: the actor, or a redirect to sign in that comes back to the address asked for (path
 * and query, as the proxy saw them); forbidden when the role is not enough.
 */
export async function requireActor(action: Action = "read-drafts"): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) {
    const callbackUrl = sameOriginPath((await headers()).get(REQUEST_PATH_HEADER), siteUrl(), "/studio");
    redirect(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  }
  if (!can(actor, action)) forbidden();
  // A role that requires a second factor: the studio is the account page until one is set up.
  if (await mustEnrolSecondFactor(actor)) {
    const path = (await headers()).get(REQUEST_PATH_HEADER) ?? "";
    if (!path.startsWith("/studio/account")) redirect("/studio/account?enrol=second-factor");
  }
  return actor;
}
