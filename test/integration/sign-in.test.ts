import { hash } from "@node-rs/argon2";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/users/authenticate";

async function makeUser(password: string): Promise<string> {
  const email = `signin-${randomUUID().slice(0, 8)}@test.example`;
  await db().user.create({ data: { email, name: "Sign-in test", role: "EDITOR", passwordHash: await hash(password) } });
  return email;
}

describe("sign-in", () => {
  it("accepts the right password and records the sign-in in the audit log", async () => {
    const email = await makeUser("correct horse battery");
    const result = await authenticate({ input: { email, password: "correct horse battery" }, address: `10.0.0.${Math.floor(Math.random() * 250)}` });
    expect(result).toMatchObject({ ok: true, actor: { email, role: "EDITOR" } });
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    expect(await db().auditEvent.count({ where: { actorId: user.id, action: "user.sign-in" } })).toBe(1);
  });

  it("forgets the keys that have been quiet for longer than the window, and only those", async () => {
    const stamp = randomUUID();
    const hour = 60 * 60 * 1000;
    const quiet = `address:quiet-${stamp}`;
    const recent = `address:recent-${stamp}`;
    const waiting = `address:waiting-${stamp}`;
    await db().loginThrottle.createMany({
      data: [
        { key: quiet, failures: 9, lastFailureAt: new Date(Date.now() - hour), nextAttemptAt: new Date(Date.now() - hour) },
        { key: recent, failures: 2, lastFailureAt: new Date(Date.now() - 60_000), nextAttemptAt: new Date(Date.now() - 60_000) },
        // Quiet, but its wait is not over: forgetting it would let the client in early.
        { key: waiting, failures: 30, lastFailureAt: new Date(Date.now() - hour), nextAttemptAt: new Date(Date.now() + hour) },
      ],
    });
    await authenticate({ input: { email: `nobody-${stamp}@test.example`, password: "a wrong password" }, address: `forget-${stamp}` });
    const left = await db().loginThrottle.findMany({ where: { key: { in: [quiet, recent, waiting] } }, select: { key: true } });
    expect(left.map((row) => row.key).sort()).toEqual([recent, waiting].sort());
    await db().loginThrottle.deleteMany({ where: { key: { in: [recent, waiting, `address:forget-${stamp}`, `account:nobody-${stamp}@test.example`] } } });
  });

  it("answers an unknown e-mail exactly as a wrong password, so nobody learns which accounts exist", async () => {
    const email = await makeUser("correct horse battery");
    const address = `10.1.${Math.floor(Math.random() * 250)}.1`;
    const wrongPassword = await authenticate({ input: { email, password: "wrong password" }, address });
    const unknownEmail = await authenticate({ input: { email: `nobody-${randomUUID()}@test.example`, password: "whatever it is" }, address });
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("slows an account down after three failures, doubling the wait up to 30 s, and never locks it", async () => {
    const email = await makeUser("correct horse battery");
    const other = await makeUser("another good password");
    let now = Date.now();
    const at = (address: string, password: string, target = email) => authenticate({ input: { email: target, password }, address, now: new Date(now) });
    // Each guess from a new address: only the account's count grows.
    for (let i = 0; i < 3; i++) expect(await at(`10.2.0.${i}`, `guess ${i}`)).toEqual({ ok: false, reason: "invalid" });
    const waits: number[] = [];
    for (let i = 3; i < 10; i++) {
      expect(await at(`10.2.1.${i}`, `guess ${i}`)).toEqual({ ok: false, reason: "invalid" });
      const refused = await at("10.2.9.9", "correct horse battery");
      if (refused.ok || refused.reason !== "throttled") throw new Error(`expected a wait after failure ${i + 1}`);
      waits.push(refused.retryAfterSeconds);
      now += refused.retryAfterSeconds * 1000;
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 30, 30]);
    // Another account is not slowed down; after the wait the right password gets in.
    expect(await at("10.2.9.8", "another good password", other)).toMatchObject({ ok: true });
    expect(await at("10.2.9.7", "correct horse battery")).toMatchObject({ ok: true });
    await db().loginThrottle.deleteMany({ where: { key: { startsWith: "address:10.2." } } });
  });

  it("slows down an address that tries many accounts, and the right password still gets in after at most 15 s", async () => {
    const address = `10.3.${Math.floor(Math.random() * 250)}.1`;
    let now = Date.now();
    for (let i = 0; i < 25; i++) {
      const result = await authenticate({
        input: { email: `spray-${i}-${randomUUID().slice(0, 4)}@test.example`, password: "guess guess" },
        address,
        now: new Date(now),
      });
      if (!result.ok && result.reason === "throttled") {
        now += result.retryAfterSeconds * 1000; // a patient attacker waits, and is counted again
        i--;
      }
    }
    const email = await makeUser("correct horse battery");
    const refused = await authenticate({ input: { email, password: "correct horse battery" }, address, now: new Date(now) });
    expect(refused).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 15 });
    // The wait is not extended by trying during it, and the password is not even checked then.
    expect(await authenticate({ input: { email, password: "wrong" }, address, now: new Date(now + 5000) })).toMatchObject({
      reason: "throttled",
      retryAfterSeconds: 10,
    });
    expect(await authenticate({ input: { email, password: "correct horse battery" }, address, now: new Date(now + 15_000) })).toMatchObject({ ok: true });
    await db().loginThrottle.deleteMany({ where: { key: `address:${address}` } });
  });
});
