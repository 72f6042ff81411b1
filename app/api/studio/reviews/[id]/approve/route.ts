import { z } from "zod";
import { jsonError, jsonFromDomainError, jsonValidationError } from "@/lib/http/json-errors";
import { logger } from "@/lib/logger";
import { approveRevision } from "@/lib/review/approve-revision";
import { currentActor } from "@/lib/users/current-actor";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ reason: z.string().max(1000).optional() });

/** The studio's approve-and-publish as JSON, for automation: same use case as the review screen. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return jsonError(401, "Sign in first");
  const parsed = bodySchema.safeParse(await request.json().catch(() => ({})));
  if (!parsed.success) return jsonValidationError(parsed.error);
  try {
    const result = await approveRevision({ actor, reviewId: (await params).id, reason: parsed.data.reason });
    return Response.json({ published: result });
  } catch (error) {
    const response = jsonFromDomainError(error);
    if (response) return response;
    logger.error({ err: error }, "approve failed");
    return jsonError(500, "Something went wrong on our side");
  }
}
