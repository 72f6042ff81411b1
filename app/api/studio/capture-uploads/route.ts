import type { z } from "zod";
import { captureUploadAnswerSchema } from "@/lib/captures/studio-capture-answers";
import { uploadCapture } from "@/lib/captures/upload-capture";
import { otherMethods } from "@/lib/http/allowed-methods";
import { issuesFrom, jsonError } from "@/lib/http/json-errors";
import { studioRoute } from "@/lib/http/studio-route";

export const dynamic = "force-dynamic";

// The proxy answers other methods with their Allow header, but this path is outside it (below).
export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods("/api/studio/capture-uploads");

/**
 * Upload of one capture: the file is the body (application/octet-stream), read as a stream into the
 * archive store; its description is the query string. This path is outside the proxy's matcher
 * (proxy.ts), which would buffer the body in memory and cut it at 10 MB.
 */
export const POST = studioRoute(
  async ({ actor, request }) => {
    const length = request.headers.get("content-length");
    const declaredBytes = length !== null && /^\d{1,15}$/.test(length) ? Number(length) : null;
    const result = await uploadCapture({
      actor,
      body: request.body,
      declaredBytes,
      declaredSha256: request.headers.get("x-capture-sha256"),
      metadata: Object.fromEntries(new URL(request.url).searchParams),
    });
    if (!result.ok) {
      const response = jsonError(result.status, result.formError, { issues: issuesFrom(result.fieldErrors) });
      // The rest of a refused body is not read: the connection is closed after the answer, so a
      // client still sending keeps no socket (Node would otherwise read and discard it for minutes).
      if (result.status !== 400) response.headers.set("connection", "close");
      if (result.status === 429) response.headers.set("retry-after", String(result.retryAfterSeconds));
      return response;
    }
    return Response.json({ capture: result.capture, isDuplicate: result.isDuplicate } satisfies z.input<typeof captureUploadAnswerSchema>, {
      status: result.isDuplicate ? 200 : 201,
      headers: { "cache-control": "no-store" },
    });
  },
  { changesData: true, bodyType: "application/octet-stream", name: "capture upload" },
);
