import { hideCapture } from "@/lib/captures/hide-capture";
import { jsonError, jsonFromDomainError } from "@/lib/http/json-errors";
import { sameOriginOnly } from "@/lib/http/same-origin";
import { logger } from "@/lib/logger";
import { currentActor } from "@/lib/users/current-actor";

export const dynamic = "force-dynamic";

/** An admin hides a capture, with a reason: `{ reason: string }`. Its bytes are kept. */
export const POST = sameOriginOnly(async (request: Request, { params }: { params: Promise<{ sha256: string }> }) => {
  const actor = await currentActor();
  if (!actor) return jsonError(401, "Sign in first");
  const input: unknown = await request.json().catch(() => null);
  try {
    return Response.json({ capture: await hideCapture({ actor, sha256: (await params).sha256, input }) }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    const response = jsonFromDomainError(error);
    if (response) return response;
    logger.error({ err: error }, "capture hide failed");
    return jsonError(500, "Something went wrong on our side");
  }
});
