import { dataFileResponse } from "@/lib/open-data/release-responses";

// Served like /data/record.json: a later hiding or withdrawal amends a release, so it is revalidated.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  return dataFileResponse("record.json", { releaseNumber: (await params).number });
}
