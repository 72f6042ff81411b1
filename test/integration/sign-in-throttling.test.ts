// Defect 2 of issue 8, over HTTP against the production build: throttling keys a client by its socket
// (forged X-Forwarded-For changes nothing), slows down instead of locking, and never locks anyone else out.
import { hash } from "@node-rs/argon2";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startAppServer, type AppServer } from "./app-server";
import { requestFrom, signInFrom } from "./sign-in";
import { THROTTLE } from "@/lib/users/sign-in-delay";

const PASSWORD = "throttling-test-password";
// Loopback addresses of their own, so no other test's 127.0.0.1 is slowed down.
const octet = () => 2 + Math.floor(Math.random() * 250);
const attacker = `127.${octet()}.${octet()}.${octet()}`;
const bystander = `127.${octet()}.${octet()}.${octet()}`;

let app: AppServer;
let reviewerEmail = "";

beforeAll(async () => {
  app = await startAppServer(3250);
  reviewerEmail = `throttle-reviewer-${randomUUID().slice(0, 8)}@test.example`;
  await db().user.create({ data: { email: reviewerEmail, name: "Throttled reviewer", role: "REVIEWER", passwordHash: await hash(PASSWORD) } });
});
afterAll(async () => {
  await app?.stop();
  await db().loginThrottle.deleteMany({
    where: { OR: [{ key: { in: [`address:${attacker}`, `address:${bystander}`] } }, { key: { startsWith: "account:throttle-" } }] },
  });
});

const WAIT = /^Too many sign-in attempts\. Wait (\d+) seconds? and try again\.$/;

describe("sign-in throttling", () => {
  it("25 wrong passwords for unknown accounts from one client, then a reviewer with the right password gets in after seconds", async () => {
    let checked = 0;
    let slowedDown = 0;
    for (let i = 0; i < 25; i++) {
      // Each attempt forges another forwarded address and socket header: neither is believed.
      const headers = { "x-forwarded-for": `198.51.100.${i}`, "x-expediente-socket-address": `203.0.113.${i}` };
      const result = await signInFrom(attacker, app.url, {
        email: `throttle-nobody-${i}-${randomUUID().slice(0, 6)}@test.example`,
        password: "wrong password",
        headers,
      });
      expect(result.cookie).toBeNull();
      if (result.error === "CredentialsSignin") checked++;
      else if (WAIT.test(result.error ?? "")) slowedDown++;
      else throw new Error(`unexpected answer ${result.error}`);
    }
    const lastWrong = Date.now();
    // The first failures are free, then the client waits: the other attempts were refused unchecked.
    expect(checked).toBeGreaterThanOrEqual(6);
    expect(slowedDown).toBeGreaterThan(0);
    expect(checked + slowedDown).toBe(25);

    // Another client is not affected at all (the old per-address key made everyone share one).
    expect((await signInFrom(bystander, app.url, { email: reviewerEmail, password: PASSWORD })).cookie).not.toBeNull();

    // The reviewer on the attacker's address is told to wait a few seconds, then gets in.
    let attempts = 0;
    let cookie: string | null = null;
    let firstWait = 0;
    while (!cookie) {
      attempts++;
      const result = await signInFrom(attacker, app.url, { email: reviewerEmail, password: PASSWORD });
      cookie = result.cookie;
      if (cookie) break;
      const seconds = Number(WAIT.exec(result.error ?? "")?.[1]);
      expect(seconds).toBeGreaterThan(0);
      expect(seconds).toBeLessThanOrEqual(15);
      firstWait ||= seconds;
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    }
    const delay = (Date.now() - lastWrong) / 1000;
    console.info(
      `throttling: ${checked} of 25 wrong passwords checked, ${slowedDown} refused unchecked; reviewer told to wait ${firstWait} s, signed in after ${delay.toFixed(1)} s (${attempts} attempts)`,
    );
    expect(delay).toBeLessThan(20);
    expect(attempts).toBeLessThanOrEqual(3);
  }, 60_000);

  it("40 wrong passwords for one account sent at the same instant from 40 clients: only the free attempts and the one that starts the wait are checked", async () => {
    const email = `throttle-burst-${randomUUID().slice(0, 8)}@test.example`;
    await db().user.create({ data: { email, name: "Burst target", role: "EDITOR", passwordHash: await hash(PASSWORD) } });
    const clients = Array.from({ length: 40 }, () => `127.${octet()}.${octet()}.${octet()}`);
    // Each client fetches its form token first, so the 40 posts leave together.
    const forms = await Promise.all(
      clients.map(async (client) => {
        const csrf = await requestFrom(client, `${app.url}/api/auth/csrf`);
        const setCookie = csrf.headers["set-cookie"];
        const cookie = (Array.isArray(setCookie) ? setCookie : [setCookie ?? ""]).map((c) => c.split(";")[0]).join("; ");
        return { client, cookie, csrfToken: (JSON.parse(csrf.text) as { csrfToken: string }).csrfToken };
      }),
    );
    const answers = await Promise.all(
      forms.map(({ client, cookie, csrfToken }, i) =>
        requestFrom(client, `${app.url}/api/auth/callback/credentials`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie },
          body: new URLSearchParams({ csrfToken, email, password: `burst guess ${i}`, json: "true" }).toString(),
        }),
      ),
    );
    const errors = answers.map((answer) => new URL((JSON.parse(answer.text) as { url: string }).url).searchParams.get("error") ?? "");
    const checked = errors.filter((error) => error === "CredentialsSignin").length;
    const row = await db().loginThrottle.findUniqueOrThrow({ where: { key: `account:${email}` } });
    console.info(`throttling: 40 simultaneous wrong passwords over HTTP, ${checked} checked, the account's failures 0 → ${row.failures}`);
    expect(errors.every((error) => error === "CredentialsSignin" || WAIT.test(error))).toBe(true);
    expect(checked).toBe(THROTTLE.account.freeFailures + 1);
    expect(row.failures).toBe(THROTTLE.account.freeFailures + 1);

    // The right password gets in once the wait (1 s after the fourth failure) is over.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await signInFrom(bystander, app.url, { email, password: PASSWORD })).cookie).not.toBeNull();
    await db().loginThrottle.deleteMany({ where: { key: { in: clients.map((client) => `address:${client}`) } } });
  }, 60_000);
});
