import { revisionPage } from "@/components/record/revision-page";

// Read per request: hiding a revision or withdrawing the entry takes it down at once.
export const dynamic = "force-dynamic";

const page = revisionPage("actor");
export const generateMetadata = page.generateMetadata;
export default page.RevisionPage;
