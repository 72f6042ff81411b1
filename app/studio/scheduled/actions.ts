"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { cancelScheduledPublication } from "@/lib/review/cancel-scheduled-publication";
import { schedulePublication } from "@/lib/review/schedule-publication";
import { currentActor } from "@/lib/users/current-actor";

const SIGNED_OUT: ActionResult = { ok: false, fieldErrors: {}, formError: "Your session has ended. Sign in again; your choice is still in the form." };

export async function scheduleAction(reviewId: string, input: { publishAt: string; reason: string }): Promise<ActionResult<{ publishAt?: string }>> {
  const actor = await currentActor();
  if (!actor) return SIGNED_OUT;
  const result = await runAction(async () => {
    const scheduled = await schedulePublication({ actor, reviewId, publishAt: input.publishAt, reason: input.reason || undefined });
    return { publishAt: scheduled.publishAt.toISOString() };
  });
  revalidatePath("/studio", "layout");
  return result;
}

export async function cancelScheduleAction(scheduleId: string): Promise<ActionResult> {
  const actor = await currentActor();
  if (!actor) return SIGNED_OUT;
  const result = await runAction(async () => {
    await cancelScheduledPublication({ actor, scheduleId });
    return {};
  });
  revalidatePath("/studio", "layout");
  return result;
}
