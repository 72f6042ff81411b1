"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { createUser } from "@/lib/users/create-user";
import { currentActor } from "@/lib/users/current-actor";
import { updateUser } from "@/lib/users/update-user";

const SIGNED_OUT: ActionResult = { ok: false, fieldErrors: {}, formError: "Your session has ended. Sign in again." };

export async function createUserAction(input: { email: string; name: string; role: string; password: string }): Promise<ActionResult> {
  const actor = await currentActor();
  if (!actor) return SIGNED_OUT;
  const result = await runAction(async () => {
    await createUser({ actor, input });
    return {};
  });
  revalidatePath("/studio/users");
  return result;
}

export async function updateUserAction(userId: string, input: unknown): Promise<ActionResult> {
  const actor = await currentActor();
  if (!actor) return SIGNED_OUT;
  const result = await runAction(async () => {
    await updateUser({ actor, userId, input });
    return {};
  });
  revalidatePath("/studio/users");
  return result;
}
