"use server";

import type { ActionResult } from "@/lib/http/action-result";
import { runAction } from "@/lib/http/server-action";
import { setEmailPreference } from "@/lib/notifications/email-preference";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mark-notifications-read";

const STUDIO = { path: "/studio", type: "layout" } as const;

// Marking is idempotent, so an id that names nothing of yours (already gone, or forged) changes
// nothing and the inbox simply shows again.
export async function markReadAction(notificationId: string): Promise<ActionResult> {
  return runAction(
    async (actor) => {
      await markNotificationRead({ actor, notificationId: String(notificationId) });
      return {};
    },
    { revalidate: STUDIO },
  );
}

export async function markAllReadAction(): Promise<ActionResult> {
  return runAction(
    async (actor) => {
      await markAllNotificationsRead({ actor });
      return {};
    },
    { revalidate: STUDIO },
  );
}

export async function emailPreferenceAction(
  _previous: ActionResult<{ isEmailEnabled?: boolean }> | null,
  formData: FormData,
): Promise<ActionResult<{ isEmailEnabled?: boolean }>> {
  // Anything but the form's own FormData leaves the choice unset, which the schema refuses with a message.
  const isEmailEnabled = formData instanceof FormData ? formData.get("isEmailEnabled") === "on" : undefined;
  return runAction((actor) => setEmailPreference({ actor, input: { isEmailEnabled } }), {
    revalidate: { path: "/studio/inbox" },
  });
}
