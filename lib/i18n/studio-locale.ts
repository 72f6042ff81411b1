import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { currentActor } from "@/lib/users/current-actor";
import { getUserLocale } from "@/lib/users/user-locale";
import type { Locale } from "./locales";
import { resolveStudioLocale } from "./resolve-studio-locale";

/**
 * The language of the studio and the sign-in page for this request: the signed-in person's own choice
 * on their account page, else their browser's Accept-Language. These pages are rendered per request
 * (decision 005), so reading the request here costs no stored copy.
 */
export const getStudioLocale = cache(async function getStudioLocale(): Promise<Locale> {
  // The request first: prerendering a page that asks stops here instead of reaching for the session and
  // the configuration a build does not have.
  const requestHeaders = await headers();
  const actor = await currentActor();
  const userLocale = actor ? await getUserLocale(actor.id) : null;
  return resolveStudioLocale({ userLocale, acceptLanguage: requestHeaders.get("accept-language") });
});

/**
 * The browser's language only, for page titles: Next resolves metadata apart from the page, where the
 * per-request memo of the session does not reach, and reading the session there too would decode (and
 * log a forged token) twice per request (test/integration/edge-headers.test.ts).
 */
export const getTitleLocale = cache(async function getTitleLocale(): Promise<Locale> {
  return resolveStudioLocale({ acceptLanguage: (await headers()).get("accept-language") });
});
