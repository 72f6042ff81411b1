import type { Metadata } from "next";
import type { EntryKindName } from "@/lib/entries/common-schema";
import { entryPath } from "@/lib/entries/kinds";

/**
 * Title, description, canonical URL and Open Graph tags of a published entry's page. URLs are relative:
 * the public layout sets `metadataBase` to the site's origin, so they come out absolute.
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
  firstPublishedAt: Date;
  publishedAt: Date;
}): Metadata {
  const url = entryPath(kind, slug);
  const summary = description.trim() || undefined;
  return {
    title,
    description: summary,
    alternates: { canonical: url },
    openGraph: profile
      ? { type: "profile", title, description: summary, url, siteName: "Expediente" }
      : {
          type: "article",
          title,
          description: summary,
          url,
          siteName: "Expediente",
          publishedTime: firstPublishedAt.toISOString(),
          modifiedTime: publishedAt.toISOString(),
        },
    twitter: { card: "summary", title, description: summary },
  };
}
