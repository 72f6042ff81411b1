import { revisionComparePage } from "@/components/record/revision-compare-page";

export const dynamic = "force-dynamic";

const page = revisionComparePage("actor");
export const generateMetadata = page.generateMetadata;
export default page.RevisionComparePage;
