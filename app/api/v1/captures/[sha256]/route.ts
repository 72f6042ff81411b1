import { getPublicCapture } from "@/lib/captures/get-public-capture";
import { jsonError } from "@/lib/http/json-errors";

export const dynamic = "force-dynamic";

/** A capture's metadata and the published sources citing it; 404 unless it is public and cited by a published source. */
export async function GET(_request: Request, { params }: { params: Promise<{ sha256: string }> }) {
  const sha256 = (await params).sha256.toLowerCase();
  const capture = await getPublicCapture({ sha256 });
  if (!capture) return jsonError(404, "No published capture has this SHA-256");
  const { id: _id, chunkCount: _chunks, store: _store, ...dto } = capture;
  return Response.json(dto);
}
