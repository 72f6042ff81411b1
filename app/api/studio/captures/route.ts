import type { z } from "zod";
import { listStudioCaptures } from "@/lib/captures/list-studio-captures";
import { studioCaptureListAnswerSchema } from "@/lib/captures/studio-capture-answers";
import { studioRoute } from "@/lib/http/studio-route";

export const dynamic = "force-dynamic";

/** `?sha256=a,b`: the listed captures as staff see them, for the source editor. */
export const GET = studioRoute(
  async ({ actor, request }) => {
    const sha256s = (new URL(request.url).searchParams.get("sha256") ?? "").split(",").filter(Boolean);
    const answer: z.input<typeof studioCaptureListAnswerSchema> = await listStudioCaptures({ actor, sha256s });
    return Response.json(answer, { headers: { "cache-control": "no-store" } });
  },
  { changesData: false, name: "capture list" },
);
