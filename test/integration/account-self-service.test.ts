// The account page's rules (issue 24): one's own name and language, a password changed only with the
// current one (and slowed down like sign-in), sign-out everywhere, e-mail preference. Each audited.
import { hash, verify } from "@node-rs/argon2";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { changePassword, getAccount, setEmailFrequency, signOutEverywhere, updateProfile } from "@/lib/users/account";
import { getUserLocale } from "@/lib/users/user-locale";
import { makeActor } from "./fixtures";

const PASSWORD = "the current password";
const octet = () => 2 + Math.floor(Math.random() * 250);
const address = () => `127.${octet()}.${octet()}.${octet()}`;

async function person() {
  const actor = await makeActor("EDITOR");
  await db().user.update({ where: { id: actor.id }, data: { passwordHash: await hash(PASSWORD) } });
  return actor;
}
const fieldErrors = async (promise: Promise<unknown>) => ((await promise.catch((e: unknown) => e)) as ValidationError).fieldErrors;
const sessionVersion = async (id: string) => (await db().user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } })).sessionVersion;

describe("the account page", () => {
  it("saves one's name and language, which getUserLocale reads; a bad value is a field message", async () => {
    const actor = await person();
    expect(await getUserLocale(actor.id)).toBeNull();
    await updateProfile({ actor, input: { name: "  Ana Editora ", locale: "es" } });
    expect(await getUserLocale(actor.id)).toBe("es");
    expect(await getAccount({ actor })).toMatchObject({ name: "Ana Editora", locale: "es", emailFrequency: "each" });
    await updateProfile({ actor, input: { name: "Ana Editora", locale: "" } });
    expect(await getUserLocale(actor.id)).toBeNull();
    expect(await fieldErrors(updateProfile({ actor, input: { name: "", locale: "fr" } }))).toMatchObject({
      name: expect.any(Array),
      locale: expect.any(Array),
    });
    expect(await getUserLocale(randomUUID())).toBeNull();
    expect(await db().auditEvent.count({ where: { actorId: actor.id, action: "user.profile" } })).toBe(2);
  });

  it("changes the password only with the current one, and ends every session", async () => {
    const actor = await person();
    const before = await sessionVersion(actor.id);
    const wrong = await fieldErrors(
      changePassword({
        actor,
        address: address(),
        input: { currentPassword: "a guess", password: "a brand new password", confirmPassword: "a brand new password" },
      }),
    );
    expect(wrong).toEqual({ currentPassword: ["This is not your current password"] });
    expect(await sessionVersion(actor.id)).toBe(before);
    await changePassword({
      actor,
      address: address(),
      input: { currentPassword: PASSWORD, password: "a brand new password", confirmPassword: "a brand new password" },
    });
    const user = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true, sessionVersion: true } });
    expect(await verify(user.passwordHash, "a brand new password")).toBe(true);
    expect(user.sessionVersion).toBe(before + 1);
    expect(await db().auditEvent.count({ where: { actorId: actor.id, action: "user.password-change" } })).toBe(1);
  });

  it("slows down guesses at the current password as sign-in does", async () => {
    const actor = await person();
    const client = address();
    const answers = [];
    for (let i = 0; i < 6; i++) {
      answers.push(
        await fieldErrors(
          changePassword({
            actor,
            address: client,
            input: { currentPassword: `guess ${i}`, password: "a brand new password", confirmPassword: "a brand new password" },
          }),
        ),
      );
    }
    expect(answers.at(-1)?.currentPassword?.[0]).toMatch(/Too many attempts/);
    // Even the right password waits.
    expect(
      (
        await fieldErrors(
          changePassword({
            actor,
            address: client,
            input: { currentPassword: PASSWORD, password: "a brand new password", confirmPassword: "a brand new password" },
          }),
        )
      ).currentPassword?.[0],
    ).toMatch(/Too many attempts/);
    await db().loginThrottle.deleteMany({ where: { key: { in: [`account:${actor.email}`, `address:${client}`] } } });
  });

  it("signs out everywhere only when confirmed, and lists no open sign-in afterwards", async () => {
    const actor = await person();
    await db().auditEvent.create({ data: { actorId: actor.id, action: "user.sign-in", detail: {} } });
    expect((await getAccount({ actor })).openSignIns).toHaveLength(1);
    const before = await sessionVersion(actor.id);
    expect(await fieldErrors(signOutEverywhere({ actor, input: {} }))).toHaveProperty("_form");
    await signOutEverywhere({ actor, input: { isConfirmed: true } });
    expect(await sessionVersion(actor.id)).toBe(before + 1);
    expect((await getAccount({ actor })).openSignIns).toHaveLength(0);
  });

  it("keeps the e-mail preference", async () => {
    const actor = await person();
    await setEmailFrequency({ actor, input: { frequency: "none" } });
    expect((await getAccount({ actor })).emailFrequency).toBe("none");
    expect(await fieldErrors(setEmailFrequency({ actor, input: { frequency: "hourly" } }))).toHaveProperty("frequency");
  });
});
