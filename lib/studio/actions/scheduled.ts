"use server";

import type { ActionResult } from "@/lib/http/action-result";
import { runAction } from "@/lib/http/server-action";
import { cancelScheduledPublication } from "@/lib/review/cancel-scheduled-publication";
import { schedulePublication } from "@/lib/review/schedule-publication";

const STUDIO = { path: "/studio", type: "layout" } as const;

/** `revisionId` is the revision the review screen showed: scheduling is refused if the review has moved on. */
export async function scheduleAction(
  reviewId: string,
  revisionId: string,
  input: { publishAt: string; reason: string },
): Promise<ActionResult<{ publishAt?: string }>> {
  return runAction(
    async (actor) => {
      const scheduled = await schedulePublication({
        actor,
        reviewId,
        // Always named from the studio: an absent or malformed id is refused, never read as "whatever is current".
        revisionId: typeof revisionId === "string" ? revisionId : "",
        publishAt: input?.publishAt,
        reason: input?.reason || undefined,
      });
      return { publishAt: scheduled.publishAt.toISOString() };
    },
    { revalidate: STUDIO },
  );
}

export async function cancelScheduleAction(scheduleId: string): Promise<ActionResult> {
  return runAction(
    async (actor) => {
      await cancelScheduledPublication({ actor, scheduleId });
      return {};
    },
    { revalidate: STUDIO },
  );
}
