import { entryIndexPage } from "@/components/record/entry-index-page";

export const dynamic = "force-dynamic";

const page = entryIndexPage("source");
export const metadata = page.metadata;
export default page.EntryIndexPage;
