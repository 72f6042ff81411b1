import "server-only";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { ForbiddenError, ValidationError } from "../errors";
import { fieldErrorsFromZod } from "../revisions/field-errors";
import { invitationSchema } from "./account-schema";
import { accountLink, invitationEmail, sendAccountEmail } from "./account-email";
import { LINK_PATH, newAccountToken, TOKEN_LIFETIME_MS } from "./account-tokens";
import { can, type Actor } from "./permissions";

/**
 * An admin invites someone by e-mail address and role; the invitee chooses their own name and password
 * through the link. A new invitation to the same address replaces the earlier ones. When mail is not
 * configured (or fails) the link comes back once, for the admin to pass on by hand.
 */
export async function inviteUser({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }): Promise<{
  email: string;
  isMailed: boolean;
  link: string | null;
}> {
  if (!can(actor, "manage-users")) throw new ForbiddenError();
  const parsed = invitationSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  const { email, role } = parsed.data;
  const { token, tokenHash } = newAccountToken();
  await db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new ValidationError({ email: ["A user with this e-mail address already exists"] });
    }
    await tx.accountToken.deleteMany({ where: { purpose: "INVITATION", email, usedAt: null } });
    await tx.accountToken.create({
      data: { purpose: "INVITATION", tokenHash, email, role, createdById: actor.id, expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS.INVITATION) },
    });
    await recordAudit(tx, { actorId: actor.id, action: "user.invite", detail: { email, role } });
  });
  const link = accountLink(LINK_PATH.INVITATION, token);
  const isMailed = await sendAccountEmail({ to: { name: email, address: email }, ...invitationEmail({ inviterName: actor.name, role, link }) });
  return { email, isMailed, link: isMailed ? null : link };
}

/** Invitations not yet used, for the users screen. */
export async function listInvitations({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  if (!can(actor, "manage-users")) throw new ForbiddenError();
  return db().accountToken.findMany({
    where: { purpose: "INVITATION", usedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, role: true, expiresAt: true },
    orderBy: { createdAt: "desc" },
  });
}

/** Withdraws an invitation before it is used: its link stops working. */
export async function revokeInvitation({ actor, invitationId }: { actor: Actor; invitationId: unknown }): Promise<void> {
  if (!can(actor, "manage-users")) throw new ForbiddenError();
  if (typeof invitationId !== "string") throw new ValidationError({ _form: ["No such invitation"] });
  await db().$transaction(async (tx) => {
    const invitation = await tx.accountToken
      .findFirst({ where: { id: invitationId, purpose: "INVITATION", usedAt: null }, select: { email: true } })
      .catch(() => null);
    if (!invitation) throw new ValidationError({ _form: ["This invitation was already used or withdrawn"] });
    await tx.accountToken.delete({ where: { id: invitationId } });
    await recordAudit(tx, { actorId: actor.id, action: "user.invitation-revoke", detail: { email: invitation.email } });
  });
}
