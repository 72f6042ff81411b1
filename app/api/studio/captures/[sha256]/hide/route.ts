import type { z } from "zod";
import { hideCapture } from "@/lib/captures/hide-capture";
import { studioCaptureAnswerSchema } from "@/lib/captures/studio-capture-answers";
import { studioRoute } from "@/lib/http/studio-route";

export const dynamic = "force-dynamic";

/** An admin hides a capture, with a reason: `{ reason: string }`. Its bytes are kept. */
export const POST = studioRoute<{ params: Promise<{ sha256: string }> }>(
  async ({ actor, request, context }) => {
    const input: unknown = await request.json().catch(() => null);
    const capture = await hideCapture({ actor, sha256: (await context.params).sha256, input });
    return Response.json({ capture } satisfies z.input<typeof studioCaptureAnswerSchema>, { headers: { "cache-control": "no-store" } });
  },
  { changesData: true, name: "capture hide" },
);
