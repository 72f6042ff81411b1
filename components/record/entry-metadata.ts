import type { Metadata } from "next";
import type { EntryKindName } from "@/lib/entries/common-schema";
import { entryPath } from "@/lib/entries/kinds";
import { SITE_LOCALE } from "@/lib/seo/site-metadata";

/**
 * Title, description, canonical URL and Open Graph tags of a published entry's page. URLs are relative:
 * the public layout sets `metadataBase` to the site's origin, so they come out absolute. The share card
 * (og:image, with its alt text) comes from the entry's `opengraph-image.tsx`; Next adds it to these tags.
 */
export function entryMetadata({
  kind,
  slug,
  title,
  description,
  profile = false,
  firstPublishedAt,
  publishedAt,
}: {
  kind: EntryKindName;
  slug: string;
  title: string;
  description: string;
  /** A person's page is an Open Graph profile; everything else is an article. */
  profile?: boolean;
  /** The entry's first publication: `article:published_time`. */
  firstPublishedAt: Date;
  /** The publication of the revision shown: `article:modified_time`. */
  publishedAt: Date;
}): Metadata {
  const url = entryPath(kind, slug);
  const summary = description.trim() || undefined;
  const common = { title, description: summary, url, siteName: "Expediente", locale: SITE_LOCALE };
  return {
    title,
    description: summary,
    alternates: { canonical: url },
    openGraph: profile
      ? { type: "profile", ...common }
      : { type: "article", ...common, publishedTime: firstPublishedAt.toISOString(), modifiedTime: publishedAt.toISOString() },
    // The large card: X and others read the image from og:image.
    twitter: { card: "summary_large_image", title, description: summary },
  };
}
