import { dataFileResponse } from "@/lib/open-data/release-responses";

export const dynamic = "force-dynamic";

export async function GET() {
  return dataFileResponse("claims.csv");
}
