import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { ValidationError } from "../errors";
import { fieldErrorsFromZod } from "../revisions/field-errors";
import { emailFrequencySchema, passwordChangeSchema, profileSchema, type Locale } from "./account-schema";
import { forgetAttempts, reserveGuess } from "./authenticate";
import type { Actor } from "./permissions";

// The person's own account: every function acts on the signed-in actor only, so there is nobody else's
// account to name and no permission beyond being signed in.

const SESSION_MAX_AGE_MS = 8 * 60 * 60 * 1000; // as auth-options.ts

export async function getAccount({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { name: true, email: true, role: true, locale: true, notificationPreference: { select: { isEmailEnabled: true } } },
  });
  // Sessions are signed tokens (JWT), not rows: the sign-ins since the last event that ended them all,
  // within a session's lifetime, are the ones that may still be open.
  const lastEnded = await db().auditEvent.findFirst({
    where: {
      OR: [
        { actorId: actor.id, action: { in: ["user.sign-out", "user.sign-out-everywhere", "user.password-reset", "user.password-change"] } },
        { action: { in: ["user.role", "user.active"] }, detail: { path: ["userId"], equals: actor.id } },
      ],
    },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const since = new Date(Math.max(now.getTime() - SESSION_MAX_AGE_MS, lastEnded?.at.getTime() ?? 0));
  const signIns = await db().auditEvent.findMany({
    where: { actorId: actor.id, action: "user.sign-in", at: { gt: since } },
    orderBy: { at: "desc" },
    take: 20,
    select: { at: true },
  });
  return {
    name: user.name,
    email: user.email,
    role: user.role,
    locale: (user.locale ?? "") as Locale | "",
    emailFrequency: user.notificationPreference?.isEmailEnabled === false ? ("none" as const) : ("each" as const),
    openSignIns: signIns.map((s) => s.at),
  };
}

export async function updateProfile({ actor, input }: { actor: Actor; input: unknown }): Promise<{ name: string; locale: Locale | "" }> {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  const { name, locale } = parsed.data;
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, locale: true } });
    await tx.user.update({ where: { id: actor.id }, data: { name, locale: locale || null } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.profile",
      detail: { ...(before.name !== name ? { name, previousName: before.name } : {}), locale: locale || null },
    });
  });
  return { name, locale };
}

/**
 * A new password, given the current one (a session left open on a shared computer must not be enough
 * to take the account over). Checking it is throttled as sign-in is. Every session ends, this one too:
 * the form signs in again with the new password.
 */
export async function changePassword({ actor, input, address }: { actor: Actor; input: unknown; address: string }): Promise<void> {
  const parsed = passwordChangeSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  const accountKey = `account:${actor.email}`;
  const slowed = await reserveGuess({ accountKey, addressKey: `address:${address}` });
  if (!slowed.ok) throw new ValidationError({ currentPassword: [`Too many attempts. Wait ${slowed.retryAfterSeconds} s and try again.`] });
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  const isValid = await verify(user.passwordHash, parsed.data.currentPassword).catch(() => false);
  if (!isValid) throw new ValidationError({ currentPassword: ["This is not your current password"] });
  await forgetAttempts(accountKey);
  const passwordHash = await hash(parsed.data.password);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: actor.id, action: "user.password-change" });
  });
}

/** Ends every session of the person, on every device, this one included. */
export async function signOutEverywhere({ actor, input }: { actor: Actor; input: unknown }): Promise<void> {
  if (!input || typeof input !== "object" || (input as { isConfirmed?: unknown }).isConfirmed !== true) {
    throw new ValidationError({ _form: ["Confirm that every device is to be signed out"] });
  }
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: actor.id, action: "user.sign-out-everywhere" });
  });
}

export async function setEmailFrequency({ actor, input }: { actor: Actor; input: unknown }): Promise<void> {
  const parsed = emailFrequencySchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  const isEmailEnabled = parsed.data.frequency !== "none";
  await db().$transaction(async (tx) => {
    await tx.notificationPreference.upsert({ where: { userId: actor.id }, create: { userId: actor.id, isEmailEnabled }, update: { isEmailEnabled } });
    await recordAudit(tx, { actorId: actor.id, action: "user.email-preference", detail: { isEmailEnabled } });
  });
}
