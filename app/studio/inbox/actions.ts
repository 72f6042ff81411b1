"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { setEmailPreference } from "@/lib/notifications/email-preference";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mark-notifications-read";
import { currentActor } from "@/lib/users/current-actor";

const SIGNED_OUT: ActionResult = { ok: false, fieldErrors: {}, formError: "Your session has ended. Sign in again." };

// Marking is idempotent, so an id that names
// nothing of yours (already gone, or forged) changes nothing and the inbox simply shows again.
export async function markReadAction(notificationId: string): Promise<void> {
  const actor = await currentActor();
  if (!actor) return;
  await runAction(async () => {
    await markNotificationRead({ actor, notificationId: String(notificationId) });
    return {};
  });
  revalidatePath("/studio", "layout");
}

export async function markAllReadAction(): Promise<void> {
  const actor = await currentActor();
  if (!actor) return;
  await markAllNotificationsRead({ actor });
  revalidatePath("/studio", "layout");
}

export async function emailPreferenceAction(_previous: ActionResult<{ isEmailEnabled?: boolean }> | null, formData: FormData): Promise<ActionResult<{ isEmailEnabled?: boolean }>> {
  const actor = await currentActor();
  if (!actor) return SIGNED_OUT;
  const result = await runAction(async () => setEmailPreference({ actor, input: { isEmailEnabled: formData.get("isEmailEnabled") === "on" } }));
  revalidatePath("/studio/inbox");
  return result;
}
