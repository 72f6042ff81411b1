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

  it("answers an unknown e-mail exactly as a wrong password, so nobody learns which accounts exist", async () => {
    const email = await makeUser("correct horse battery");
    const address = `10.1.${Math.floor(Math.random() * 250)}.1`;
    const wrongPassword = await authenticate({ input: { email, password: "wrong password" }, address });
    const unknownEmail = await authenticate({ input: { email: `nobody-${randomUUID()}@test.example`, password: "whatever it is" }, address });
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("locks an account after five failures, even for the right password, and not another account", async () => {
    const email = await makeUser("correct horse battery");
    const other = await makeUser("another good password");
    const address = `10.2.${Math.floor(Math.random() * 250)}.1`;
    for (let i = 0; i < 5; i++) {
      expect(await authenticate({ input: { email, password: `guess ${i}` }, address })).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await authenticate({ input: { email, password: "correct horse battery" }, address: "10.9.9.9" })).toEqual({ ok: false, reason: "throttled" });
    expect(await authenticate({ input: { email: other, password: "another good password" }, address: "10.9.9.8" })).toMatchObject({ ok: true });
    // After the lock expires the right password works again.
    const later = new Date(Date.now() + 16 * 60 * 1000);
    expect(await authenticate({ input: { email, password: "correct horse battery" }, address: "10.9.9.7", now: later })).toMatchObject({ ok: true });
  });

  it("throttles an address that tries many accounts", async () => {
    const address = `10.3.${Math.floor(Math.random() * 250)}.1`;
    for (let i = 0; i < 20; i++) {
      await authenticate({ input: { email: `spray-${i}-${randomUUID().slice(0, 4)}@test.example`, password: "guess guess" }, address });
    }
    const email = await makeUser("correct horse battery");
    expect(await authenticate({ input: { email, password: "correct horse battery" }, address })).toEqual({ ok: false, reason: "throttled" });
  });
});
