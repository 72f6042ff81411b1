import "server-only";
import { hash } from "@node-rs/argon2";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { ValidationError } from "../errors";
import { fieldErrorsFromZod } from "../revisions/field-errors";
import { acceptInvitationSchema } from "./account-schema";
import { consumeAccountToken, peekAccountToken } from "./account-tokens";

export const UNUSABLE_LINK_MESSAGE = "This link has expired or was already used. Ask for a new one.";

/** The invitation a link carries, for its page: the address and role, or null when it cannot be used. */
export async function findInvitation({ token }: { token: unknown }) {
  return peekAccountToken(db(), { token, purpose: "INVITATION" });
}

/**
 * The invitee's side: their name and password create the account, and the link is used up. An
 * invitation from an admin who has since been deactivated or lost the role is void, as is one for an
 * address that meanwhile got an account.
 */
export async function acceptInvitation({ token, input, now = new Date() }: { token: unknown; input: unknown; now?: Date }): Promise<{ email: string }> {
  const parsed = acceptInvitationSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  const { name, password } = parsed.data;
  const passwordHash = await hash(password);
  return db().$transaction(async (tx) => {
    const invitation = await consumeAccountToken(tx, { token, purpose: "INVITATION", now });
    if (!invitation || !invitation.role) throw new ValidationError({ _form: [UNUSABLE_LINK_MESSAGE] });
    const inviter = invitation.createdById ? await tx.user.findUnique({ where: { id: invitation.createdById }, select: { isActive: true, role: true } }) : null;
    if (!inviter?.isActive || inviter.role !== "ADMIN") throw new ValidationError({ _form: [UNUSABLE_LINK_MESSAGE] });
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
      throw new ValidationError({ _form: ["An account with this e-mail address already exists. Sign in, or reset its password."] });
    }
    const user = await tx.user.create({ data: { email: invitation.email, name, role: invitation.role, passwordHash }, select: { id: true } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.create",
      detail: { userId: user.id, email: invitation.email, role: invitation.role, invitedBy: invitation.createdById },
    });
    return { email: invitation.email };
  });
}
