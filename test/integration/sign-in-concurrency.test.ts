// Break 3 of issue 21: the sign-in wait was read before the password was checked and recorded after, so
// 40 wrong passwords sent at the same instant, once a wait had expired, were all checked (the failure
// counter went 18 → 58). Each attempt now reserves its turn in one statement before Argon2 runs.
import * as argon2 from "@node-rs/argon2";
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/users/authenticate";
import { THROTTLE } from "@/lib/users/sign-in-delay";

// Every password check goes through this spy, so the test counts what reached Argon2, not what was answered.
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@node-rs/argon2")>();
  return { ...actual, verify: vi.fn(actual.verify) };
});

const PASSWORD = "correct horse battery";
const keys: string[] = [];

async function makeUser(): Promise<string> {
  const email = `concurrent-${randomUUID().slice(0, 8)}@test.example`;
  await db().user.create({ data: { email, name: "Concurrent sign-in", role: "EDITOR", passwordHash: await argon2.hash(PASSWORD) } });
  keys.push(`account:${email}`);
  return email;
}

/** A fresh address for each attempt, so only the account's count can hold the attempts back. */
function freshAddress(): string {
  const address = `10.21.${randomUUID().slice(0, 8)}`;
  keys.push(`address:${address}`);
  return address;
}

/** `count` wrong passwords for `email` at the same instant; how many were checked and how many reached Argon2. */
async function simultaneousGuesses(email: string, count: number, now: Date) {
  vi.mocked(argon2.verify).mockClear();
  const results = await Promise.all(
    Array.from({ length: count }, (_, i) => authenticate({ input: { email, password: `guess ${i}` }, address: freshAddress(), now })),
  );
  return {
    checked: results.filter((r) => !r.ok && r.reason === "invalid").length,
    throttled: results.filter((r) => !r.ok && r.reason === "throttled").length,
    argon2Calls: vi.mocked(argon2.verify).mock.calls.length,
  };
}

afterEach(async () => {
  await db().loginThrottle.deleteMany({ where: { key: { in: keys.splice(0) } } });
});

describe("simultaneous sign-in attempts", () => {
  it("40 wrong passwords at once when an account's wait has just expired: one is checked, the others wait", async () => {
    const email = await makeUser();
    const now = Date.now();
    // The state the issue found: 18 failures, the last wait just over.
    await db().loginThrottle.create({
      data: { key: `account:${email}`, failures: 18, lastFailureAt: new Date(now - 31_000), nextAttemptAt: new Date(now - 1000) },
    });
    const guesses = await simultaneousGuesses(email, 40, new Date(now));
    const row = await db().loginThrottle.findUniqueOrThrow({ where: { key: `account:${email}` } });
    console.info(
      `40 simultaneous wrong passwords after a wait: ${guesses.checked} checked, ${guesses.throttled} told to wait, ${guesses.argon2Calls} Argon2 calls, failures 18 → ${row.failures}`,
    );
    expect(guesses).toEqual({ checked: 1, throttled: 39, argon2Calls: 1 });
    expect(row.failures).toBe(19);
    expect(row.nextAttemptAt.getTime()).toBe(now + THROTTLE.account.maxDelaySeconds * 1000);

    // After the wait the right password still gets in.
    const later = new Date(row.nextAttemptAt);
    expect(await authenticate({ input: { email, password: PASSWORD }, address: freshAddress(), now: later })).toMatchObject({ ok: true });
  });

  it("40 wrong passwords at once for a fresh account: only the free attempts and the one that starts the wait are checked", async () => {
    const email = await makeUser();
    const now = Date.now();
    const guesses = await simultaneousGuesses(email, 40, new Date(now));
    const row = await db().loginThrottle.findUniqueOrThrow({ where: { key: `account:${email}` } });
    console.info(
      `40 simultaneous wrong passwords, fresh account: ${guesses.checked} checked, ${guesses.argon2Calls} Argon2 calls, failures 0 → ${row.failures}`,
    );
    // Sequential attempts get the same: three free failures, and the fourth, whose failure sets the first wait.
    expect(guesses.argon2Calls).toBe(THROTTLE.account.freeFailures + 1);
    expect(guesses.checked).toBe(THROTTLE.account.freeFailures + 1);
    expect(row.failures).toBe(THROTTLE.account.freeFailures + 1);
    expect(await authenticate({ input: { email, password: PASSWORD }, address: freshAddress(), now: new Date(now + 1000) })).toMatchObject({ ok: true });
  });

  it("a right password does not count against its address, nor lift a wait a later attempt set", async () => {
    const email = await makeUser();
    const address = freshAddress();
    const now = Date.now();
    for (let i = 0; i < 3; i++)
      expect(await authenticate({ input: { email, password: PASSWORD }, address, now: new Date(now + i) })).toMatchObject({ ok: true });
    const row = await db().loginThrottle.findUnique({ where: { key: `address:${address}` } });
    expect(row?.failures ?? 0).toBe(0);
    expect(row === null || row.nextAttemptAt.getTime() <= now + 2).toBe(true);
  });
});
