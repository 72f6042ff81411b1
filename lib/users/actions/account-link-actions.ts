"use server";

import type { ActionResult } from "../../http/action-result";
import { acceptInvitation } from "../accept-invitation";
import { requestPasswordReset, resetPassword } from "../reset-password";
import { ValidationError } from "../../errors";
import { runPublicAction } from "./public-action";

export async function acceptInvitationAction(token: string, input: unknown): Promise<ActionResult<{ email: string }>> {
  return runPublicAction(() => acceptInvitation({ token, input }));
}

export async function requestPasswordResetAction(input: unknown): Promise<ActionResult<{ message: string }>> {
  return runPublicAction(async (address) => {
    const result = await requestPasswordReset({ input, address });
    if (!result.ok) {
      const seconds = result.retryAfterSeconds;
      throw new ValidationError({ _form: [`Too many requests. Wait ${seconds} second${seconds === 1 ? "" : "s"} and try again.`] });
    }
    return { message: result.message };
  });
}

export async function resetPasswordAction(token: string, input: unknown): Promise<ActionResult<{ email: string }>> {
  return runPublicAction(() => resetPassword({ token, input }));
}
