"use server";

import type { ActionResult } from "../../http/action-result";
import { runAction } from "../../http/server-action";
import { inviteUser, revokeInvitation } from "../invite-user";
import { setSecondFactorPolicy } from "../second-factor";
import { updateUser } from "../update-user";

const USERS = { path: "/studio/users" } as const;

export async function inviteUserAction(input: unknown): Promise<ActionResult<{ email: string; isMailed: boolean; link: string | null }>> {
  return runAction((actor) => inviteUser({ actor, input }), { revalidate: USERS });
}

export async function revokeInvitationAction(invitationId: string): Promise<ActionResult> {
  return runAction(
    async (actor) => {
      await revokeInvitation({ actor, invitationId });
      return {};
    },
    { revalidate: USERS },
  );
}

export async function updateUserAction(userId: string, input: unknown): Promise<ActionResult<{ isChanged: boolean }>> {
  return runAction((actor) => updateUser({ actor, userId, input }), { revalidate: USERS });
}

export async function setSecondFactorPolicyAction(input: unknown): Promise<ActionResult> {
  return runAction(
    async (actor) => {
      await setSecondFactorPolicy({ actor, input });
      return {};
    },
    { revalidate: USERS },
  );
}
