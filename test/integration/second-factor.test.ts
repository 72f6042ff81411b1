// The second factor (issue 24): with TOTP on, the password alone is no sign-in; a code works once (its
// time step), a recovery code works once, guesses are slowed down; a role can require it.
import { hash } from "@node-rs/argon2";
import { Secret, TOTP } from "otpauth";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { authenticate } from "@/lib/users/authenticate";
import type { Actor } from "@/lib/users/permissions";
import {
  confirmTotpEnrolment,
  disableTotp,
  hashRecoveryCode,
  mustEnrolSecondFactor,
  setSecondFactorPolicy,
  startTotpEnrolment,
} from "@/lib/users/second-factor";
import { makeActor } from "./fixtures";

const PASSWORD = "a password with a second factor";
const octet = () => 2 + Math.floor(Math.random() * 250);
const address = () => `127.${octet()}.${octet()}.${octet()}`;
const codeAt = (secret: string, at: Date) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate({ timestamp: at.getTime() });

async function enrolled(): Promise<{ actor: Actor; secret: string; recoveryCodes: string[] }> {
  const actor = await makeActor("REVIEWER");
  await db().user.update({ where: { id: actor.id }, data: { passwordHash: await hash(PASSWORD) } });
  const { secret, qrSvg } = await startTotpEnrolment({ actor });
  expect(qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  const earlier = new Date(Date.now() - 60_000);
  const { recoveryCodes } = await confirmTotpEnrolment({ actor, input: { code: codeAt(secret, earlier) }, now: earlier });
  return { actor, secret, recoveryCodes };
}

afterAll(async () => {
  await db().secondFactorPolicy.deleteMany({});
});

describe("TOTP sign-in", () => {
  it("enrols with a code from the app; ten recovery codes, stored only as hashes", async () => {
    const { actor, recoveryCodes } = await enrolled();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await db().recoveryCode.findMany({ where: { userId: actor.id }, select: { codeHash: true } });
    expect(stored.map((r) => r.codeHash).sort()).toEqual(recoveryCodes.map(hashRecoveryCode).sort());
    expect(JSON.stringify(stored)).not.toContain(recoveryCodes[0]);
    const audit = await db().auditEvent.count({ where: { actorId: actor.id, action: "user.second-factor-on" } });
    expect(audit).toBe(1);
  });

  it("refuses a wrong first code at enrolment, with a field message", async () => {
    const actor = await makeActor("EDITOR");
    await startTotpEnrolment({ actor });
    const error = (await confirmTotpEnrolment({ actor, input: { code: "000000" } }).catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors.code?.[0]).toMatch(/not right/);
    expect((await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpEnabledAt: true } })).totpEnabledAt).toBeNull();
  });

  it("never signs in with the password alone; a code signs in once", async () => {
    const { actor, secret } = await enrolled();
    const client = address();
    const before = await db().auditEvent.count({ where: { actorId: actor.id, action: "user.sign-in" } });
    expect(await authenticate({ input: { email: actor.email, password: PASSWORD }, address: client })).toEqual({ ok: false, reason: "second-factor-required" });
    expect(await authenticate({ input: { email: actor.email, password: PASSWORD, code: "123456" }, address: client })).toMatchObject({ ok: false });
    // The wrong password with a right code is still the wrong password.
    const now = new Date();
    expect(await authenticate({ input: { email: actor.email, password: "not it at all", code: codeAt(secret, now) }, address: client, now })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await db().auditEvent.count({ where: { actorId: actor.id, action: "user.sign-in" } })).toBe(before);

    const code = codeAt(secret, now);
    expect(await authenticate({ input: { email: actor.email, password: PASSWORD, code }, address: client, now })).toMatchObject({ ok: true });
    // The same code again (a replay, or a second tab) is refused.
    expect(await authenticate({ input: { email: actor.email, password: PASSWORD, code }, address: client, now })).toEqual({
      ok: false,
      reason: "second-factor-invalid",
    });
    expect(await db().auditEvent.count({ where: { actorId: actor.id, action: "user.sign-in" } })).toBe(before + 1);
  });

  it("takes a recovery code once", async () => {
    const { actor, recoveryCodes } = await enrolled();
    const code = recoveryCodes[3]!;
    expect(await authenticate({ input: { email: actor.email, password: PASSWORD, code: code.toUpperCase() }, address: address() })).toMatchObject({ ok: true });
    expect(await authenticate({ input: { email: actor.email, password: PASSWORD, code }, address: address() })).toEqual({
      ok: false,
      reason: "second-factor-invalid",
    });
    expect(await db().recoveryCode.count({ where: { userId: actor.id, usedAt: null } })).toBe(9);
  });

  it("slows down wrong codes, even with the right password, and even for the right code", async () => {
    const { actor, secret } = await enrolled();
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await authenticate({ input: { email: actor.email, password: PASSWORD, code: `00000${i}` }, address: address() }));
    expect(answers.at(-1)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await authenticate({ input: { email: actor.email, password: PASSWORD, code: codeAt(secret, new Date()) }, address: address() })).toMatchObject({
      ok: false,
      reason: "throttled",
    });
  });

  it("turns off only with a code", async () => {
    const { actor, secret } = await enrolled();
    await expect(disableTotp({ actor, input: { code: "999999" }, address: address() })).rejects.toBeInstanceOf(ValidationError);
    await disableTotp({ actor, input: { code: codeAt(secret, new Date()) }, address: address() });
    expect(await authenticate({ input: { email: actor.email, password: PASSWORD }, address: address() })).toMatchObject({ ok: true });
    expect(await db().recoveryCode.count({ where: { userId: actor.id } })).toBe(0);
  });
});

describe("a second factor required per role", () => {
  it("only admins set it; a member without one must enrol; it cannot then be turned off", async () => {
    const editor = await makeActor("EDITOR");
    await expect(setSecondFactorPolicy({ actor: editor, input: { role: "REVIEWER", isRequired: true } })).rejects.toThrow(/permission/);
    const admin = await makeActor("ADMIN");
    const { actor: withTotp, secret } = await enrolled();
    const without = await makeActor("REVIEWER");
    await setSecondFactorPolicy({ actor: admin, input: { role: "REVIEWER", isRequired: true } });
    try {
      expect(await mustEnrolSecondFactor(without)).toBe(true);
      expect(await mustEnrolSecondFactor(withTotp)).toBe(false);
      expect(await mustEnrolSecondFactor(editor)).toBe(false);
      const error = (await disableTotp({ actor: withTotp, input: { code: codeAt(secret, new Date()) }, address: address() }).catch(
        (e: unknown) => e,
      )) as ValidationError;
      expect(error.fieldErrors._form?.[0]).toMatch(/requires a second factor/);
    } finally {
      await setSecondFactorPolicy({ actor: admin, input: { role: "REVIEWER", isRequired: false } });
    }
    expect(await mustEnrolSecondFactor(without)).toBe(false);
  });
});
