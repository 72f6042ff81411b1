import { correctionsLogPage } from "@/components/record/corrections-log-page";

export const dynamic = "force-dynamic";

const page = correctionsLogPage("actor");
export const generateMetadata = page.generateMetadata;
export default page.CorrectionsLogPage;
