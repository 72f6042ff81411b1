import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    // Search results are crawlable: a search with hits is a page worth landing on, one without says noindex.
    rules: [{ userAgent: "*", allow: "/", disallow: ["/studio", "/login", "/api/auth"] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
