import { dataFileResponse } from "@/lib/open-data/release-responses";

// Served like /data/claims.csv: a later hiding or withdrawal amends a release, so it is revalidated.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  return dataFileResponse("claims.csv", { releaseNumber: (await params).number });
}
