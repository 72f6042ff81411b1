import { z } from "zod";
import { jsonError, jsonFromDomainError, jsonValidationError } from "@/lib/http/json-errors";
import { sameOriginOnly } from "@/lib/http/same-origin";
import { logger } from "@/lib/logger";
import { approveRevision } from "@/lib/review/approve-revision";
import { currentActor } from "@/lib/users/current-actor";

export const dynamic = "force-dynamic";

// revisionId: the revision the client was shown; the use case refuses it (409) once the review has moved on.
const bodySchema = z.object({ revisionId: z.string().max(100).optional(), reason: z.string().max(1000).optional() });

/** The studio's approve-and-publish as JSON, for automation: same use case as the review screen. */
export const POST = sameOriginOnly(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await currentActor();
  if (!actor) return jsonError(401, "Sign in first");
  const parsed = bodySchema.safeParse(await request.json().catch(() => ({})));
  if (!parsed.success) return jsonValidationError(parsed.error);
  try {
    const result = await approveRevision({ actor, reviewId: (await params).id, revisionId: parsed.data.revisionId ?? "", reason: parsed.data.reason });
    return Response.json({ published: result });
  } catch (error) {
    const response = jsonFromDomainError(error);
    if (response) return response;
    logger.error({ err: error }, "approve failed");
    return jsonError(500, "Something went wrong on our side");
  }
});
