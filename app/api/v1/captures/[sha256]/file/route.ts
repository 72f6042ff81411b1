import { captureDownload } from "@/lib/captures/capture-response";
import { readPublicCaptureBytes } from "@/lib/captures/read-capture-bytes";
import { jsonFromDomainError } from "@/lib/http/json-errors";

export const dynamic = "force-dynamic";

/** A public capture's bytes, streamed; 404 for a private, hidden or uncited one, as for one that does not exist. */
export async function GET(_request: Request, { params }: { params: Promise<{ sha256: string }> }) {
  try {
    const bytes = await readPublicCaptureBytes({ sha256: (await params).sha256.toLowerCase() });
    return captureDownload(bytes, { cacheControl: "public, max-age=0, must-revalidate" });
  } catch (error) {
    const response = jsonFromDomainError(error);
    if (response) return response;
    throw error;
  }
}
