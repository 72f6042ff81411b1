import "server-only";
import { verify } from "@node-rs/argon2";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import type { Actor } from "./permissions";
import { delayAfter, THROTTLE } from "./sign-in-delay";
import { credentialsSchema } from "./user-schema";

// Verifying against a real hash for unknown e-mails keeps the timing the same for both cases.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0Ejy5KSnhCWQ2YxDBGy/FmvuCUxaHoF5AIsIUvcOMjY";

export type AuthResult =
  { ok: true; actor: Actor & { sessionVersion: number } } | { ok: false; reason: "invalid" } | { ok: false; reason: "throttled"; retryAfterSeconds: number };

async function secondsToWait(keys: string[], now: Date): Promise<number> {
  const rows = await db().loginThrottle.findMany({ where: { key: { in: keys } }, select: { nextAttemptAt: true } });
  const latest = Math.max(0, ...rows.map((r) => r.nextAttemptAt.getTime()));
  return latest > now.getTime() ? Math.ceil((latest - now.getTime()) / 1000) : 0;
}

async function recordFailure(key: string, limits: { freeFailures: number; maxDelaySeconds: number }, now: Date): Promise<void> {
  const quietSince = new Date(now.getTime() - THROTTLE.quietWindowMs);
  // One statement counts concurrent failures exactly; the wait is computed from the count it wrote.
  const [row] = await db().$queryRaw<{ failures: number }[]>`
    INSERT INTO "LoginThrottle" (key, failures, "lastFailureAt", "nextAttemptAt") VALUES (${key}, 1, ${now}, ${now})
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN "LoginThrottle"."lastFailureAt" < ${quietSince} THEN 1 ELSE "LoginThrottle".failures + 1 END,
      "lastFailureAt" = ${now}
    RETURNING failures`;
  const delay = delayAfter(row?.failures ?? 1, limits);
  await db().loginThrottle.update({ where: { key }, data: { nextAttemptAt: new Date(now.getTime() + delay * 1000) } });
}

/**
 * A key quiet for longer than the window, whose wait is over, counts as no key at all (its next failure
 * starts again at 1): forgetting it changes nothing but the table's size, which a client spraying
 * addresses or e-mails would otherwise grow for ever. By the database's clock, not the caller's `now`.
 */
async function forgetQuietKeys(): Promise<void> {
  await db().$executeRaw`
    DELETE FROM "LoginThrottle"
    WHERE "lastFailureAt" < now() - make_interval(secs => ${THROTTLE.quietWindowMs / 1000}) AND "nextAttemptAt" < now()`;
}

/**
 * Checks e-mail and password, slowed down per account and per client address; never says which
 * e-mails exist. While a wait is running the password is not even checked, so waiting is the only way on.
 */
export async function authenticate({ input, address, now = new Date() }: { input: unknown; address: string; now?: Date }): Promise<AuthResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const accountKey = `account:${parsed.data.email}`;
  const addressKey = `address:${address}`;
  const retryAfterSeconds = await secondsToWait([accountKey, addressKey], now);
  if (retryAfterSeconds > 0) return { ok: false, reason: "throttled", retryAfterSeconds };

  const user = await db().user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, role: true, isActive: true, passwordHash: true, sessionVersion: true },
  });
  const hashToCheck = user?.passwordHash.startsWith("$argon2") ? user.passwordHash : DUMMY_HASH;
  const isValid = await verify(hashToCheck, parsed.data.password).catch(() => false);
  if (!user || !user.isActive || !isValid || hashToCheck === DUMMY_HASH) {
    await recordFailure(accountKey, THROTTLE.account, now);
    await recordFailure(addressKey, THROTTLE.address, now);
    await forgetQuietKeys();
    return { ok: false, reason: "invalid" };
  }
  // The account's count ends with its owner's success; the address's does not, or one valid account
  // would let a client reset its own count between guesses at others.
  await db().loginThrottle.deleteMany({ where: { key: accountKey } });
  await db().$transaction((tx) => recordAudit(tx, { actorId: user.id, action: "user.sign-in" }));
  return { ok: true, actor: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}
