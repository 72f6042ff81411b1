"use server";

import type { ActionResult } from "@/lib/http/action-result";
import { runAction } from "@/lib/http/server-action";
import { cancelScheduledPublication } from "@/lib/review/cancel-scheduled-publication";
import { schedulePublication } from "@/lib/review/schedule-publication";

const STUDIO = { path: "/studio", type: "layout" } as const;

export async function scheduleAction(reviewId: string, input: { publishAt: string; reason: string }): Promise<ActionResult<{ publishAt?: string }>> {
  return runAction(
    async (actor) => {
      const scheduled = await schedulePublication({ actor, reviewId, publishAt: input.publishAt, reason: input.reason || undefined });
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
