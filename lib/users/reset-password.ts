import "server-only";
import { hash } from "@node-rs/argon2";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { ValidationError } from "../errors";
import { fieldErrorsFromZod } from "../revisions/field-errors";
import { forgotPasswordSchema, resetPasswordSchema } from "./account-schema";
import { accountLink, passwordResetEmail, sendAccountEmail } from "./account-email";
import { consumeAccountToken, LINK_PATH, newAccountToken, peekAccountToken, TOKEN_LIFETIME_MS } from "./account-tokens";
import { UNUSABLE_LINK_MESSAGE } from "./accept-invitation";
import { forgetAttempts, reserveGuess } from "./authenticate";

export const RESET_REQUESTED_MESSAGE = "If an active account uses this address, we have sent it a link to choose a new password. It works once, for one hour.";

export type ResetRequestResult = { ok: true; message: string } | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * "Forgot password": the same answer, at about the same time, for every address, known or not; the
 * e-mail goes out after the answer. Slowed down per address asked about and per client, as sign-in is,
 * so it can neither flood someone's inbox nor probe for accounts.
 */
export async function requestPasswordReset({ input, address, now = new Date() }: { input: unknown; address: string; now?: Date }): Promise<ResetRequestResult> {
  const parsed = forgotPasswordSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  const { email } = parsed.data;
  const slowed = await reserveGuess({ accountKey: `reset:${email}`, addressKey: `reset-address:${address}`, now });
  if (!slowed.ok) return { ok: false, reason: "throttled", retryAfterSeconds: slowed.retryAfterSeconds };
  const { token, tokenHash } = newAccountToken();
  const user = await db().$transaction(async (tx) => {
    const found = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, isActive: true } });
    // A deactivated account gets no link: a reset must not be a way back in.
    if (!found?.isActive) return null;
    // One link at a time: asking again makes the earlier one useless.
    await tx.accountToken.deleteMany({ where: { purpose: "PASSWORD_RESET", userId: found.id, usedAt: null } });
    await tx.accountToken.create({
      data: { purpose: "PASSWORD_RESET", tokenHash, email, userId: found.id, expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS.PASSWORD_RESET) },
    });
    await recordAudit(tx, { actorId: found.id, action: "user.password-reset-request" });
    return found;
  });
  if (user) {
    // Not awaited: waiting for the mail server would tell a known address from an unknown one by the time taken.
    void sendAccountEmail({ to: { name: user.name, address: user.email }, ...passwordResetEmail({ link: accountLink(LINK_PATH.PASSWORD_RESET, token) }) });
  }
  return { ok: true, message: RESET_REQUESTED_MESSAGE };
}

export async function findPasswordReset({ token }: { token: unknown }) {
  return peekAccountToken(db(), { token, purpose: "PASSWORD_RESET" });
}

/**
 * Sets the new password through the link, once. Every session of the person ends (someone who had the
 * old password may be signed in), and the account's sign-in wait is forgotten.
 */
export async function resetPassword({ token, input, now = new Date() }: { token: unknown; input: unknown; now?: Date }): Promise<{ email: string }> {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  const passwordHash = await hash(parsed.data.password);
  const email = await db().$transaction(async (tx) => {
    const reset = await consumeAccountToken(tx, { token, purpose: "PASSWORD_RESET", now });
    if (!reset?.userId) throw new ValidationError({ _form: [UNUSABLE_LINK_MESSAGE] });
    const { count } = await tx.user.updateMany({
      // The address too: a link for an account whose address changed since is void.
      where: { id: reset.userId, email: reset.email, isActive: true },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (count !== 1) throw new ValidationError({ _form: [UNUSABLE_LINK_MESSAGE] });
    await tx.accountToken.deleteMany({ where: { purpose: "PASSWORD_RESET", userId: reset.userId, usedAt: null } });
    await recordAudit(tx, { actorId: reset.userId, action: "user.password-reset" });
    return reset.email;
  });
  await forgetAttempts(`account:${email}`);
  return { email };
}
