import "server-only";
import { headers } from "next/headers";
import { env } from "../../env";
import { actionFailureFrom, type ActionResult } from "../../http/action-result";
import { clientAddress } from "../client-address";

/**
 * Server actions for someone not signed in (an invitation, a forgotten password): no session to check,
 * the client's address for throttling, and the same mapping of domain errors to a form's result as
 * runAction. Next refuses a server action posted from another origin before it gets here.
 */
export async function runPublicAction<T extends Record<string, unknown>>(operation: (address: string) => Promise<T>): Promise<ActionResult<T>> {
  const address = clientAddress(await headers(), env().TRUSTED_PROXY_HOPS);
  try {
    return { ok: true, ...(await operation(address)) };
  } catch (error) {
    const failure = actionFailureFrom(error);
    if (failure) return failure;
    throw error;
  }
}
