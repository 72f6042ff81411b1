// Invitations and password resets (issue 24): links used once, before they expire, for the account they
// were made for; the same answer for an address nobody uses; the token kept only as a hash.
import { verify } from "@node-rs/argon2";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { acceptInvitation, findInvitation } from "@/lib/users/accept-invitation";
import { hashAccountToken } from "@/lib/users/account-tokens";
import { authenticate } from "@/lib/users/authenticate";
import { inviteUser } from "@/lib/users/invite-user";
import { RESET_REQUESTED_MESSAGE, requestPasswordReset, resetPassword } from "@/lib/users/reset-password";
import { linkIn, startSmtpSink, waitForMail, type SmtpSink } from "@/test/fixtures/smtp-sink";
import { makeActor } from "./fixtures";

const PASSWORD = "a password of the invitee";
const octet = () => 2 + Math.floor(Math.random() * 250);
const address = () => `127.${octet()}.${octet()}.${octet()}`;
const tokenOf = (link: string) => link.slice(link.lastIndexOf("/") + 1);
const email = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}@test.example`;

let smtp: SmtpSink;
const previousSmtpUrl = process.env.SMTP_URL;
beforeAll(async () => {
  smtp = await startSmtpSink();
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  await smtp?.close();
  if (previousSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = previousSmtpUrl;
});

async function formError(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors._form?.join(" ");
}

async function invite(role: "EDITOR" | "REVIEWER" | "ADMIN" = "REVIEWER") {
  const admin = await makeActor("ADMIN");
  const to = email("invitee");
  const result = await inviteUser({ actor: admin, input: { email: to, role } });
  expect(result).toEqual({ email: to, isMailed: true, link: null });
  const mail = await waitForMail(smtp, to);
  return { admin, to, token: tokenOf(linkIn(mail, "/login/invitation")), mail };
}

describe("invitations", () => {
  it("e-mails a link that creates the account once, with the invitee's own name and password, keeping only the token's hash", async () => {
    const { admin, to, token, mail } = await invite("REVIEWER");
    expect(mail.text).toContain("as a reviewer");
    const stored = await db().accountToken.findFirstOrThrow({ where: { email: to }, select: { tokenHash: true } });
    expect(stored.tokenHash).toBe(hashAccountToken(token));
    expect(stored.tokenHash).not.toContain(token);
    expect(await findInvitation({ token })).toEqual({ email: to, role: "REVIEWER" });

    await acceptInvitation({ token, input: { name: "Rosa Invited", password: PASSWORD, confirmPassword: PASSWORD } });
    const user = await db().user.findUniqueOrThrow({ where: { email: to }, select: { name: true, role: true, passwordHash: true } });
    expect(user).toMatchObject({ name: "Rosa Invited", role: "REVIEWER" });
    expect(await verify(user.passwordHash, PASSWORD)).toBe(true);
    expect((await authenticate({ input: { email: to, password: PASSWORD }, address: address() })).ok).toBe(true);

    // The same link again: refused, and nothing changes.
    expect(await findInvitation({ token })).toBeNull();
    expect(
      await formError(
        acceptInvitation({ token, input: { name: "Someone else", password: "another password here", confirmPassword: "another password here" } }),
      ),
    ).toMatch(/expired or was already used/);
    expect((await db().user.findUniqueOrThrow({ where: { email: to }, select: { name: true } })).name).toBe("Rosa Invited");
    const audit = await db().auditEvent.findMany({
      where: { action: { in: ["user.invite", "user.create"] }, detail: { path: ["email"], equals: to } },
      select: { action: true, actorId: true },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(["user.create", "user.invite"]);
    expect(audit.find((a) => a.action === "user.invite")?.actorId).toBe(admin.id);
  });

  it("refuses an expired link, a forged one and one from an admin deactivated since", async () => {
    const expired = await invite();
    await db().accountToken.updateMany({ where: { email: expired.to }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const input = { name: "Late", password: PASSWORD, confirmPassword: PASSWORD };
    expect(await formError(acceptInvitation({ token: expired.token, input }))).toMatch(/expired/);
    expect(await formError(acceptInvitation({ token: expired.token.slice(0, -1) + (expired.token.endsWith("A") ? "B" : "A"), input }))).toMatch(/expired/);
    expect(await formError(acceptInvitation({ token: "../../etc/passwd", input }))).toMatch(/expired/);

    const orphan = await invite("ADMIN");
    await db().user.update({ where: { id: orphan.admin.id }, data: { isActive: false } });
    expect(await formError(acceptInvitation({ token: orphan.token, input }))).toMatch(/expired/);
    expect(await db().user.count({ where: { email: { in: [expired.to, orphan.to] } } })).toBe(0);
  });

  it("keeps the typed values' problems as field messages, and the link usable", async () => {
    const { token, to } = await invite();
    const error = await acceptInvitation({ token, input: { name: "", password: "short", confirmPassword: "other" } }).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toMatchObject({ name: expect.any(Array), password: expect.any(Array) });
    expect(await findInvitation({ token })).toEqual({ email: to, role: "REVIEWER" });
  });

  it("only admins invite, and not an address that already has an account", async () => {
    const editor = await makeActor("EDITOR");
    await expect(inviteUser({ actor: editor, input: { email: email("x"), role: "ADMIN" } })).rejects.toThrow(/permission/);
    const admin = await makeActor("ADMIN");
    const error = (await inviteUser({ actor: admin, input: { email: editor.email, role: "EDITOR" } }).catch((e: unknown) => e)) as ValidationError;
    expect(error.fieldErrors.email).toEqual(["A user with this e-mail address already exists"]);
  });
});

describe("forgot password", () => {
  async function person() {
    const actor = await makeActor("EDITOR");
    return actor;
  }

  it("answers the same for a known and an unknown address, and mails only the known one", async () => {
    const known = await person();
    const unknown = email("nobody");
    const a = await requestPasswordReset({ input: { email: known.email }, address: address() });
    const b = await requestPasswordReset({ input: { email: unknown }, address: address() });
    expect(a).toEqual({ ok: true, message: RESET_REQUESTED_MESSAGE });
    expect(b).toEqual(a);
    await waitForMail(smtp, known.email);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.mails.some((m) => m.to.includes(unknown))).toBe(false);
    expect(await db().accountToken.count({ where: { email: unknown } })).toBe(0);
  });

  it("sets the new password once, ends every session of the person, and the old password stops working", async () => {
    const known = await person();
    await db().user.update({ where: { id: known.id }, data: { passwordHash: "!unused" } });
    await requestPasswordReset({ input: { email: known.email }, address: address() });
    const token = tokenOf(linkIn(await waitForMail(smtp, known.email), "/login/reset"));
    const before = await db().user.findUniqueOrThrow({ where: { id: known.id }, select: { sessionVersion: true } });
    await resetPassword({ token, input: { password: PASSWORD, confirmPassword: PASSWORD } });
    const after = await db().user.findUniqueOrThrow({ where: { id: known.id }, select: { sessionVersion: true, passwordHash: true } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verify(after.passwordHash, PASSWORD)).toBe(true);
    expect(await formError(resetPassword({ token, input: { password: "yet another password", confirmPassword: "yet another password" } }))).toMatch(
      /already used/,
    );
  });

  it("gives a deactivated account no link, and voids a link whose account was deactivated or renamed since", async () => {
    const deactivated = await person();
    await db().user.update({ where: { id: deactivated.id }, data: { isActive: false } });
    expect((await requestPasswordReset({ input: { email: deactivated.email }, address: address() })).ok).toBe(true);
    expect(await db().accountToken.count({ where: { email: deactivated.email } })).toBe(0);

    const later = await person();
    await requestPasswordReset({ input: { email: later.email }, address: address() });
    const token = tokenOf(linkIn(await waitForMail(smtp, later.email), "/login/reset"));
    await db().user.update({ where: { id: later.id }, data: { isActive: false } });
    expect(await formError(resetPassword({ token, input: { password: PASSWORD, confirmPassword: PASSWORD } }))).toMatch(/expired/);
  });

  it("an invitation's token does not reset a password, nor a reset's token accept an invitation", async () => {
    const { token: invitationToken } = await invite();
    expect(await formError(resetPassword({ token: invitationToken, input: { password: PASSWORD, confirmPassword: PASSWORD } }))).toMatch(/expired/);
    const known = await person();
    await requestPasswordReset({ input: { email: known.email }, address: address() });
    const resetToken = tokenOf(linkIn(await waitForMail(smtp, known.email), "/login/reset"));
    expect(await formError(acceptInvitation({ token: resetToken, input: { name: "X", password: PASSWORD, confirmPassword: PASSWORD } }))).toMatch(/expired/);
  });

  it("an expired link is refused", async () => {
    const known = await person();
    await requestPasswordReset({ input: { email: known.email }, address: address() });
    const token = tokenOf(linkIn(await waitForMail(smtp, known.email), "/login/reset"));
    await db().accountToken.updateMany({ where: { email: known.email }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await formError(resetPassword({ token, input: { password: PASSWORD, confirmPassword: PASSWORD } }))).toMatch(/expired/);
  });

  it("is slowed down like sign-in, the same for a known and an unknown address", async () => {
    const client = address();
    const results = [];
    for (let i = 0; i < 8; i++) results.push(await requestPasswordReset({ input: { email: email("spray") }, address: client }));
    expect(results.slice(0, 5).every((r) => r.ok)).toBe(true);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "throttled" });
    const target = await person();
    const once = address();
    const perAccount = [];
    for (let i = 0; i < 5; i++) perAccount.push(await requestPasswordReset({ input: { email: target.email }, address: i < 4 ? once : address() }));
    expect(perAccount.at(-1)).toMatchObject({ ok: false, reason: "throttled" });
  });
});
