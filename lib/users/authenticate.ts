import "server-only";
import { verify } from "@node-rs/argon2";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import type { Actor } from "./permissions";
import { credentialsSchema } from "./user-schema";

const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 20;
const LOCK_MS = 15 * 60 * 1000;
// Verifying against a real hash for unknown e-mails keeps the timing the same for both cases.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0Ejy5KSnhCWQ2YxDBGy/FmvuCUxaHoF5AIsIUvcOMjY";

export type AuthResult =
  | { ok: true; actor: Actor & { sessionVersion: number } }
  | { ok: false; reason: "invalid" | "throttled" };

async function isThrottled(key: string, now: Date): Promise<boolean> {
  const row = await db().loginThrottle.findUnique({ where: { key } });
  return Boolean(row?.lockedUntil && row.lockedUntil > now);
}

async function recordFailure(key: string, limit: number, now: Date): Promise<void> {
  // One statement: concurrent failures are all counted.
  await db().$executeRaw`
    INSERT INTO "LoginThrottle" (key, failures, "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN "LoginThrottle"."windowStart" < ${new Date(now.getTime() - WINDOW_MS)} THEN 1 ELSE "LoginThrottle".failures + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${new Date(now.getTime() - WINDOW_MS)} THEN ${now} ELSE "LoginThrottle"."windowStart" END`;
  await db().$executeRaw`
    UPDATE "LoginThrottle" SET "lockedUntil" = ${new Date(now.getTime() + LOCK_MS)} WHERE key = ${key} AND failures >= ${limit}`;
}

/** Checks e-mail and password, throttled per account and per address; never says which e-mails exist. */
export async function authenticate({ input, address, now = new Date() }: { input: unknown; address: string; now?: Date }): Promise<AuthResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const accountKey = `account:${parsed.data.email}`;
  const addressKey = `address:${address}`;
  if ((await isThrottled(accountKey, now)) || (await isThrottled(addressKey, now))) return { ok: false, reason: "throttled" };

  const user = await db().user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, role: true, isActive: true, passwordHash: true, sessionVersion: true },
  });
  const hashToCheck = user?.passwordHash.startsWith("$argon2") ? user.passwordHash : DUMMY_HASH;
  const isValid = await verify(hashToCheck, parsed.data.password).catch(() => false);
  if (!user || !user.isActive || !isValid || hashToCheck === DUMMY_HASH) {
    await recordFailure(accountKey, MAX_FAILURES_PER_ACCOUNT, now);
    await recordFailure(addressKey, MAX_FAILURES_PER_ADDRESS, now);
    return { ok: false, reason: "invalid" };
  }
  await db().loginThrottle.deleteMany({ where: { key: accountKey } });
  await db().$transaction((tx) => recordAudit(tx, { actorId: user.id, action: "user.sign-in" }));
  return { ok: true, actor: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}
