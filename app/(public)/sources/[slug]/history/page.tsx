import { correctionsLogPage } from "@/components/record/corrections-log-page";

export const dynamic = "force-dynamic";

const page = correctionsLogPage("source");
export const generateMetadata = page.generateMetadata;
export default page.CorrectionsLogPage;
