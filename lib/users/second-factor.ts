import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import { recordAudit } from "../audit/record-audit";
import { db, type Tx } from "../db";
import { ForbiddenError, ValidationError } from "../errors";
import { fieldErrorsFromZod } from "../revisions/field-errors";
import { totpCodeSchema, secondFactorPolicySchema } from "./account-schema";
import { reserveGuess } from "./authenticate";
import { can, type Actor, type Role } from "./permissions";

// TOTP as RFC 6238 and every authenticator app expect it: SHA-1, 6 digits, 30 s. One step either way
// is accepted for clocks that drift; each step once.
const TOTP_SETTINGS = { issuer: "Expediente", algorithm: "SHA1", digits: 6, period: 30 } as const;
const RECOVERY_CODE_COUNT = 10;

function totpFor(secret: string, label = "studio"): TOTP {
  return new TOTP({ ...TOTP_SETTINGS, label, secret: Secret.fromBase32(secret) });
}

/** The time step of a valid code for `secret`, or null. */
function acceptedStep(secret: string, code: string, now: Date): number | null {
  const totp = totpFor(secret);
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : totp.counter({ timestamp: now.getTime() }) + delta;
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256")
    .update(
      code
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9]/g, ""),
    )
    .digest("hex");
}

/** xxxxx-xxxxx from 50 random bits, in letters and digits that are hard to confuse. */
function newRecoveryCode(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** Step 1 of enrolment: a new secret, kept pending, with its QR code drawn here as SVG. */
export async function startTotpEnrolment({ actor }: { actor: Actor }): Promise<{ secret: string; uri: string; qrSvg: string }> {
  const secret = new Secret({ size: 20 }).base32;
  await db().user.update({ where: { id: actor.id }, data: { totpPendingSecret: secret } });
  const uri = totpFor(secret, actor.email).toString();
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, uri, qrSvg };
}

/** Step 2: a code from the app proves the secret arrived; the second factor is on, with ten recovery codes shown once. */
export async function confirmTotpEnrolment({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: unknown;
  now?: Date;
}): Promise<{ recoveryCodes: string[] }> {
  const parsed = totpCodeSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpPendingSecret: true } });
  if (!user.totpPendingSecret) throw new ValidationError({ _form: ["Start the set-up again: no QR code is waiting for a code"] });
  const step = acceptedStep(user.totpPendingSecret, parsed.data.code, now);
  if (step === null) throw new ValidationError({ code: ["That code is not right. Check the app's clock, and type the code it shows now."] });
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await tx.recoveryCode.createMany({ data: recoveryCodes.map((code) => ({ userId: actor.id, codeHash: hashRecoveryCode(code) })) });
    await recordAudit(tx, { actorId: actor.id, action: "user.second-factor-on" });
  });
  return { recoveryCodes };
}

/** Turning it off takes a current code (or a recovery code), not only an open session; refused while the role requires it. */
export async function disableTotp({ actor, input, address, now = new Date() }: { actor: Actor; input: unknown; address: string; now?: Date }): Promise<void> {
  const parsed = totpCodeSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  if (await isSecondFactorRequired(actor.role)) throw new ValidationError({ _form: ["Your role requires a second factor: it cannot be turned off"] });
  const result = await checkSecondFactor({ userId: actor.id, code: parsed.data.code, address, now });
  if (result !== "ok") throw new ValidationError({ code: [result === "throttled" ? "Too many attempts. Wait and try again." : "That code is not right"] });
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null } });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await recordAudit(tx, { actorId: actor.id, action: "user.second-factor-off" });
  });
}

async function useRecoveryCode(tx: Tx, userId: string, code: string, now: Date): Promise<boolean> {
  const { count } = await tx.recoveryCode.updateMany({ where: { userId, codeHash: hashRecoveryCode(code), usedAt: null }, data: { usedAt: now } });
  return count === 1;
}

/**
 * The code asked for after the password: a TOTP code for a step later than the last one accepted, or
 * an unused recovery code. Slowed down per account and per client as passwords are, under keys of its
 * own: knowing the password does not reset the wait.
 */
export async function checkSecondFactor({
  userId,
  code,
  address,
  now = new Date(),
}: {
  userId: string;
  code: unknown;
  address: string;
  now?: Date;
}): Promise<"ok" | "invalid" | "throttled" | { retryAfterSeconds: number }> {
  if (typeof code !== "string" || code.length > 40) return "invalid";
  const slowed = await reserveGuess({ accountKey: `totp:${userId}`, addressKey: `totp-address:${address}`, now });
  if (!slowed.ok) return { retryAfterSeconds: slowed.retryAfterSeconds };
  const isAccepted = await db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true, totpLastStep: true } });
    if (!user.totpSecret) return false;
    const digits = code.replace(/\s/g, "");
    if (/^\d{6}$/.test(digits)) {
      const step = acceptedStep(user.totpSecret, digits, now);
      if (step === null) return false;
      // Conditional: two sign-ins racing with the same code cannot both pass.
      const { count } = await tx.user.updateMany({
        where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
        data: { totpLastStep: step },
      });
      return count === 1;
    }
    if (await useRecoveryCode(tx, userId, code, now)) {
      await recordAudit(tx, { actorId: userId, action: "user.recovery-code-used" });
      return true;
    }
    return false;
  });
  if (!isAccepted) return "invalid";
  // As for passwords: the account's count ends with success; the address's only gives this attempt back,
  // so people behind one newsroom NAT do not slow each other down by signing in.
  await db().loginThrottle.deleteMany({ where: { key: `totp:${userId}` } });
  await db().$executeRaw`UPDATE "LoginThrottle" SET failures = GREATEST(failures - 1, 0) WHERE key = ${`totp-address:${address}`}`;
  return "ok";
}

export async function secondFactorStatus({ actor }: { actor: Actor }) {
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpEnabledAt: true } });
  const unusedRecoveryCodes = await db().recoveryCode.count({ where: { userId: actor.id, usedAt: null } });
  return { enabledAt: user.totpEnabledAt, unusedRecoveryCodes, isRequired: await isSecondFactorRequired(actor.role) };
}

export async function isSecondFactorRequired(role: Role): Promise<boolean> {
  const policy = await db().secondFactorPolicy.findUnique({ where: { role }, select: { isRequired: true } });
  return policy?.isRequired ?? false;
}

export async function listSecondFactorPolicy(): Promise<Record<Role, boolean>> {
  const rows = await db().secondFactorPolicy.findMany({ select: { role: true, isRequired: true } });
  const required = new Map(rows.map((r) => [r.role, r.isRequired]));
  return { EDITOR: required.get("EDITOR") ?? false, REVIEWER: required.get("REVIEWER") ?? false, ADMIN: required.get("ADMIN") ?? false };
}

/** An admin requires (or stops requiring) a second factor for a role; people without one are sent to set it up. */
export async function setSecondFactorPolicy({ actor, input }: { actor: Actor; input: unknown }): Promise<void> {
  if (!can(actor, "manage-users")) throw new ForbiddenError();
  const parsed = secondFactorPolicySchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  const { role, isRequired } = parsed.data;
  await db().$transaction(async (tx) => {
    await tx.secondFactorPolicy.upsert({ where: { role }, create: { role, isRequired }, update: { isRequired } });
    await recordAudit(tx, { actorId: actor.id, action: "user.second-factor-policy", detail: { role, isRequired } });
  });
}

/** Whether the person's role requires a second factor they have not set up. */
export async function mustEnrolSecondFactor(actor: Actor): Promise<boolean> {
  if (!(await isSecondFactorRequired(actor.role))) return false;
  const user = await db().user.findUnique({ where: { id: actor.id }, select: { totpEnabledAt: true } });
  return !user?.totpEnabledAt;
}
