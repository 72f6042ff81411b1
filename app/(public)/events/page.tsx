import { entryIndexPage } from "@/components/record/entry-index-page";

export const dynamic = "force-dynamic";

const page = entryIndexPage("event");
export const metadata = page.metadata;
export default page.EntryIndexPage;
