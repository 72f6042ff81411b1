import { captureDownload } from "@/lib/captures/capture-response";
import { readStudioCaptureBytes } from "@/lib/captures/read-capture-bytes";
import { studioRoute } from "@/lib/http/studio-route";

export const dynamic = "force-dynamic";

/** Staff download any capture, private ones included. */
export const GET = studioRoute<{ params: Promise<{ sha256: string }> }>(
  async ({ actor, context }) =>
    captureDownload(await readStudioCaptureBytes({ actor, sha256: (await context.params).sha256 }), { cacheControl: "private, no-store" }),
  { changesData: false, name: "capture download" },
);
