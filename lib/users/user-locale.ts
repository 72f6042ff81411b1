import "server-only";
import { db } from "../db";
import { isUuid } from "../errors";
import { LOCALES, type Locale } from "./account-schema";

/** The studio language a person chose on their account page, or null for the browser's (Accept-Language). */
export async function getUserLocale(userId: string): Promise<Locale | null> {
  if (!isUuid(userId)) return null;
  const user = await db().user.findUnique({ where: { id: userId }, select: { locale: true } });
  return LOCALES.find((locale) => locale === user?.locale) ?? null;
}
