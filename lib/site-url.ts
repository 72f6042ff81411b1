import "server-only";
import { env } from "./env";

/** The public origin for absolute URLs in feeds, sitemaps and structured data. */
export function siteUrl(): string {
  const config = env();
  return (config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, "");
}
