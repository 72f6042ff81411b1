import { setCaptureVisibility } from "@/lib/captures/set-capture-visibility";
import { jsonError, jsonFromDomainError } from "@/lib/http/json-errors";
import { sameOriginOnly } from "@/lib/http/same-origin";
import { logger } from "@/lib/logger";
import { currentActor } from "@/lib/users/current-actor";

export const dynamic = "force-dynamic";

/** A reviewer makes a capture public or private: `{ isPublic: boolean }`. */
export const POST = sameOriginOnly(async (request: Request, { params }: { params: Promise<{ sha256: string }> }) => {
  const actor = await currentActor();
  if (!actor) return jsonError(401, "Sign in first");
  const input: unknown = await request.json().catch(() => null);
  try {
    return Response.json(
      { capture: await setCaptureVisibility({ actor, sha256: (await params).sha256, input }) },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (error) {
    const response = jsonFromDomainError(error);
    if (response) return response;
    logger.error({ err: error }, "capture visibility failed");
    return jsonError(500, "Something went wrong on our side");
  }
});
