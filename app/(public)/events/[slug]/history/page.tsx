import { correctionsLogPage } from "@/components/record/corrections-log-page";

// Rendered on a reader's first request, none at build time, then served from the page cache until the
// next publication, withdrawal or hiding (docs/decisions/004-public-page-cache.md).
export const revalidate = false;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

const page = correctionsLogPage("event");
export const generateMetadata = page.generateMetadata;
export default page.CorrectionsLogPage;
