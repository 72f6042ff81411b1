import type { MetadataRoute } from "next";
import { entryPath } from "@/lib/entries/kinds";
import { listPublishedEntries } from "@/lib/entries/list-published-entries";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteUrl();
  const entries = await listPublishedEntries();
  return [
    { url: `${origin}/`, changeFrequency: "daily" },
    ...["events", "actors", "sources"].map((p) => ({ url: `${origin}/${p}` })),
    ...entries.map((e) => ({ url: `${origin}${entryPath(e.kind, e.slug)}`, lastModified: e.publishedAt })),
  ];
}
