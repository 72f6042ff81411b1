import { z } from "zod";
import { jsonValidationError } from "@/lib/http/json-errors";
import { studioRoute } from "@/lib/http/studio-route";
import { approveRevision } from "@/lib/review/approve-revision";

export const dynamic = "force-dynamic";

// revisionId: the revision the client was shown; the use case refuses it (409) once the review has moved on.
const bodySchema = z.object({ revisionId: z.string().max(100).optional(), reason: z.string().max(1000).optional() });

/** The studio's approve-and-publish as JSON, for automation: same use case as the review screen. */
export const POST = studioRoute<{ params: Promise<{ id: string }> }>(
  async ({ actor, request, context }) => {
    const parsed = bodySchema.safeParse(await request.json().catch(() => ({})));
    if (!parsed.success) return jsonValidationError(parsed.error);
    const result = await approveRevision({ actor, reviewId: (await context.params).id, revisionId: parsed.data.revisionId ?? "", reason: parsed.data.reason });
    return Response.json({ published: result });
  },
  { changesData: true, name: "approve" },
);
