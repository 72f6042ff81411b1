import "server-only";
import { verify } from "@node-rs/argon2";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import type { Actor } from "./permissions";
import { delayAfter, THROTTLE } from "./sign-in-delay";
import { checkSecondFactor } from "./second-factor";
import { credentialsSchema } from "./user-schema";

// Verifying against a real hash for unknown e-mails keeps the timing the same for both cases.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0Ejy5KSnhCWQ2YxDBGy/FmvuCUxaHoF5AIsIUvcOMjY";

export type AuthResult =
  | { ok: true; actor: Actor & { sessionVersion: number } }
  | { ok: false; reason: "invalid" | "second-factor-required" | "second-factor-invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

type Limits = { freeFailures: number; maxDelaySeconds: number };

/**
 * The wait after each count of failures, 1-based as PostgreSQL's arrays are: `delayAfter` is the one
 * rule, handed to the statement below as data. Past the end the wait is at its cap.
 */
function delayTable(limits: Limits): number[] {
  return Array.from({ length: limits.freeFailures + 32 }, (_, i) => delayAfter(i + 1, limits));
}

/**
 * Reserves one attempt on every key, or none, in one statement, before the password is checked: it counts
 * the attempt as a failure and sets the wait the next attempt will meet, but only on keys whose wait is
 * over (the row lock of `ON CONFLICT DO UPDATE` makes concurrent attempts take turns, each seeing the
 * count the one before wrote). Reading the wait first and counting after Argon2 let 40 simultaneous
 * guesses all be checked once a wait expired (issue 21, break 3); now at most the free attempts are.
 * Returns the keys it counted: the attempt may go on only when that is all of them.
 */
async function reserveAttempt(keys: { key: string; limits: Limits }[], now: Date): Promise<Map<string, number>> {
  const quietSince = new Date(now.getTime() - THROTTLE.quietWindowMs);
  const [first, second] = keys as [{ key: string; limits: Limits }, { key: string; limits: Limits }];
  const rows = await db().$queryRaw<{ key: string; failures: number }[]>`
    WITH attempt(key, delays) AS (VALUES (${first.key}, ${delayTable(first.limits)}::int[]), (${second.key}, ${delayTable(second.limits)}::int[]))
    INSERT INTO "LoginThrottle" AS t (key, failures, "lastFailureAt", "nextAttemptAt")
    SELECT a.key, 1, ${now}, ${now}::timestamptz + make_interval(secs => a.delays[1]) FROM attempt a
    -- A wait on any key refuses the attempt and the other key is not counted, as far as this statement's
    -- snapshot shows; an attempt racing the one that set the wait may still count the other key (more
    -- waiting, never less). The row lock below is what makes the refusal itself exact.
    WHERE NOT EXISTS (SELECT 1 FROM "LoginThrottle" w WHERE w.key IN (${first.key}, ${second.key}) AND w."nextAttemptAt" > ${now})
    ORDER BY a.key
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN t."lastFailureAt" < ${quietSince} THEN 1 ELSE t.failures + 1 END,
      "lastFailureAt" = ${now},
      "nextAttemptAt" = ${now}::timestamptz + make_interval(secs => (SELECT a.delays[LEAST(CASE WHEN t."lastFailureAt" < ${quietSince} THEN 1 ELSE t.failures + 1 END, cardinality(a.delays))] FROM attempt a WHERE a.key = t.key))
    -- Evaluated on the latest version of the row, after waiting for its lock.
    WHERE t."nextAttemptAt" <= ${now}
    RETURNING key, failures`;
  return new Map(rows.map((row) => [row.key, row.failures]));
}

async function secondsToWait(keys: string[], now: Date): Promise<number> {
  const rows = await db().loginThrottle.findMany({ where: { key: { in: keys } }, select: { nextAttemptAt: true } });
  const latest = Math.max(0, ...rows.map((r) => r.nextAttemptAt.getTime()));
  return latest > now.getTime() ? Math.ceil((latest - now.getTime()) / 1000) : 0;
}

/**
 * The same slowing-down for anything else that can be guessed or sprayed (a password-reset request, a
 * second-factor code): one attempt reserved on both keys, or the seconds to wait. Every attempt counts;
 * `forgetAttempts` takes an account's count back when its owner succeeds.
 */
export async function reserveGuess({
  accountKey,
  addressKey,
  now = new Date(),
}: {
  accountKey: string;
  addressKey: string;
  now?: Date;
}): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const reserved = await reserveAttempt(
    [
      { key: accountKey, limits: THROTTLE.account },
      { key: addressKey, limits: THROTTLE.address },
    ],
    now,
  );
  await forgetQuietKeys();
  if (reserved.has(accountKey) && reserved.has(addressKey)) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, await secondsToWait([accountKey, addressKey], now)) };
}

export async function forgetAttempts(key: string): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key } });
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
  const reserved = await reserveAttempt(
    [
      { key: accountKey, limits: THROTTLE.account },
      { key: addressKey, limits: THROTTLE.address },
    ],
    now,
  );
  if (!reserved.has(accountKey) || !reserved.has(addressKey)) {
    // At least a second: a wait ending within the same millisecond is still a wait for a concurrent attempt.
    return { ok: false, reason: "throttled", retryAfterSeconds: Math.max(1, await secondsToWait([accountKey, addressKey], now)) };
  }

  const user = await db().user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, role: true, isActive: true, passwordHash: true, sessionVersion: true, totpEnabledAt: true },
  });
  const hashToCheck = user?.passwordHash.startsWith("$argon2") ? user.passwordHash : DUMMY_HASH;
  const isValid = await verify(hashToCheck, parsed.data.password).catch(() => false);
  if (!user || !user.isActive || !isValid || hashToCheck === DUMMY_HASH) {
    // Already counted by the reservation.
    await forgetQuietKeys();
    return { ok: false, reason: "invalid" };
  }
  // The account's count ends with its owner's success. The address's does not, or one valid account
  // would let a client reset its own count between guesses at others; only this attempt's reservation is
  // taken back, and the wait it set, unless a later attempt has counted since.
  await db().loginThrottle.deleteMany({ where: { key: accountKey } });
  await db().$executeRaw`
    UPDATE "LoginThrottle" SET
      failures = GREATEST(failures - 1, 0),
      "nextAttemptAt" = CASE WHEN failures = ${reserved.get(addressKey)} THEN ${now} ELSE "nextAttemptAt" END
    WHERE key = ${addressKey}`;
  // The password alone is never a session when the account has a second factor: its code comes in the
  // same request (the form asks for it after the password), checked under its own throttle.
  if (user.totpEnabledAt) {
    if (!parsed.data.code) return { ok: false, reason: "second-factor-required" };
    const check = await checkSecondFactor({ userId: user.id, code: parsed.data.code, address, now });
    if (check === "invalid") return { ok: false, reason: "second-factor-invalid" };
    if (check !== "ok") return { ok: false, reason: "throttled", retryAfterSeconds: check === "throttled" ? 1 : check.retryAfterSeconds };
  }
  await db().$transaction((tx) => recordAudit(tx, { actorId: user.id, action: "user.sign-in" }));
  return { ok: true, actor: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}
