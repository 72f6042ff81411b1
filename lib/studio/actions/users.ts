"use server";

import type { ActionResult } from "@/lib/http/action-result";
import { runAction } from "@/lib/http/server-action";
import { createUser } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";

const USERS = { path: "/studio/users" } as const;

export async function createUserAction(input: { email: string; name: string; role: string; password: string }): Promise<ActionResult> {
  return runAction(
    async (actor) => {
      await createUser({ actor, input });
      return {};
    },
    { revalidate: USERS },
  );
}

export async function updateUserAction(userId: string, input: unknown): Promise<ActionResult> {
  return runAction(
    async (actor) => {
      await updateUser({ actor, userId, input });
      return {};
    },
    { revalidate: USERS },
  );
}
