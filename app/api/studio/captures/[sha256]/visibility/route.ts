import type { z } from "zod";
import { setCaptureVisibility } from "@/lib/captures/set-capture-visibility";
import { studioCaptureAnswerSchema } from "@/lib/captures/studio-capture-answers";
import { studioRoute } from "@/lib/http/studio-route";

export const dynamic = "force-dynamic";

/** A reviewer makes a capture public or private: `{ isPublic: boolean }`. */
export const POST = studioRoute<{ params: Promise<{ sha256: string }> }>(
  async ({ actor, request, context }) => {
    const input: unknown = await request.json().catch(() => null);
    const capture = await setCaptureVisibility({ actor, sha256: (await context.params).sha256, input });
    return Response.json({ capture } satisfies z.input<typeof studioCaptureAnswerSchema>, { headers: { "cache-control": "no-store" } });
  },
  { changesData: true, name: "capture visibility" },
);
