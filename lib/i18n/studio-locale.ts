import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { currentActor } from "@/lib/users/current-actor";
import type { Locale } from "./locales";
import { resolveStudioLocale } from "./resolve-studio-locale";

/**
 * The language of the studio and the sign-in page for this request: the signed-in person's own choice
 * when their account carries one, else their browser's Accept-Language. These pages are rendered per
 * request (decision 005), so reading the request here costs no stored copy.
 */
export const getStudioLocale = cache(async function getStudioLocale(): Promise<Locale> {
  // The request first: prerendering a page that asks (the 403 page, at build time) stops here instead of
  // reaching for the session and the configuration a build does not have.
  const requestHeaders = await headers();
  const actor = await currentActor();
  // Accounts gain a language in lib/users; until then no actor carries one and the browser decides.
  const userLocale = actor && "locale" in actor && typeof actor.locale === "string" ? actor.locale : null;
  return resolveStudioLocale({ userLocale, acceptLanguage: requestHeaders.get("accept-language") });
});
