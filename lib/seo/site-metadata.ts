import type { Metadata } from "next";

// Tags every public page shares. The record is written in British English (dates as "23 May 2021").
export const SITE_LOCALE = "en_GB";
export const SITE_DESCRIPTION = "A public, sourced, reviewed and versioned record of contested events.";

/**
 * The site's Open Graph and Twitter tags (the share card comes from app/(public)/opengraph-image.tsx).
 * A page that sets its own `openGraph` replaces these as a whole (entries: components/record/entry-metadata.ts).
 */
export function siteSocialMetadata(url?: string): Pick<Metadata, "openGraph" | "twitter"> {
  return {
    openGraph: { type: "website", siteName: "Expediente", title: "Expediente", description: SITE_DESCRIPTION, locale: SITE_LOCALE, ...(url ? { url } : {}) },
    twitter: { card: "summary_large_image", title: "Expediente", description: SITE_DESCRIPTION },
  };
}

/**
 * Title, description, canonical URL and Open Graph tags of a page that is not an entry (an index, /data,
 * /search...): without its own `openGraph`, a page shares the site-wide title and description and has no og:url.
 */
export function pageMetadata({ title, description, path }: { title: string; description: string; path: string }): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { type: "website", siteName: "Expediente", title, description, url: path, locale: SITE_LOCALE },
    twitter: { card: "summary_large_image", title, description },
  };
}
