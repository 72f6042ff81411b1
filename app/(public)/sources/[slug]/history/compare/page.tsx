import { revisionComparePage } from "@/components/record/revision-compare-page";

export const dynamic = "force-dynamic";

const page = revisionComparePage("source");
export const generateMetadata = page.generateMetadata;
export default page.RevisionComparePage;
