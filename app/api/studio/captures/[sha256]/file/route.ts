import { captureDownload } from "@/lib/captures/capture-response";
import { readStudioCaptureBytes } from "@/lib/captures/read-capture-bytes";
import { jsonError, jsonFromDomainError } from "@/lib/http/json-errors";
import { currentActor } from "@/lib/users/current-actor";

export const dynamic = "force-dynamic";

/** Staff download any capture, private ones included. */
export async function GET(_request: Request, { params }: { params: Promise<{ sha256: string }> }) {
  const actor = await currentActor();
  if (!actor) return jsonError(401, "Sign in first");
  try {
    return captureDownload(await readStudioCaptureBytes({ actor, sha256: (await params).sha256 }), { cacheControl: "private, no-store" });
  } catch (error) {
    const response = jsonFromDomainError(error);
    if (response) return response;
    throw error;
  }
}
