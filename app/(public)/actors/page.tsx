import { entryIndexPage } from "@/components/record/entry-index-page";

export const dynamic = "force-dynamic";

const page = entryIndexPage("actor");
export const metadata = page.metadata;
export default page.EntryIndexPage;
