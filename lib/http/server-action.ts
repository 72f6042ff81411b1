import "server-only";
import { revalidatePath } from "next/cache";
import { currentActor } from "../users/current-actor";
import type { Actor } from "../users/permissions";
import { actionFailureFrom, SIGNED_OUT_MESSAGE, type ActionResult } from "./action-result";

type Revalidation = { path: string; type?: "layout" | "page" };

/**
 * Every server action runs through this: the session (signed out is one typed failure), the use case
 * (which throws the domain errors of lib/errors.ts), one mapping of those errors to the form's result,
 * and revalidation only when the use case succeeded. Bugs propagate to error.tsx.
 */
export async function runAction<T extends Record<string, unknown>>(
  operation: (actor: Actor) => Promise<T>,
  { revalidate }: { revalidate?: Revalidation } = {},
): Promise<ActionResult<T>> {
  const actor = await currentActor();
  if (!actor) return { ok: false, fieldErrors: {}, formError: SIGNED_OUT_MESSAGE };
  let value: T;
  try {
    value = await operation(actor);
  } catch (error) {
    const failure = actionFailureFrom(error);
    if (failure) return failure;
    throw error;
  }
  if (revalidate) revalidatePath(revalidate.path, revalidate.type);
  return { ok: true, ...value };
}
