import type { Metadata } from "next";
import { ReaderLayout } from "@/components/record/reader-layout";
import { siteSocialMetadata } from "@/lib/seo/site-metadata";
import { siteUrl } from "@/lib/site-url";

// Canonical and Open Graph URLs are written relative in each page; this makes them absolute on the public origin.
export async function generateMetadata(): Promise<Metadata> {
  // Pages with their own Open Graph tags (entries) replace these; the share card comes from opengraph-image.tsx.
  return { metadataBase: new URL(`${siteUrl()}/`), ...siteSocialMetadata() };
}

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  // English keeps today's URLs (PRODUCT.md, "Languages").
  return <ReaderLayout locale="en">{children}</ReaderLayout>;
}
