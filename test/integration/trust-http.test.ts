// Defects 4, 5 and 6 of issue 8, over HTTP against the production build, signed in for real.
import { hash } from "@node-rs/argon2";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NEWER_REVISION_MESSAGE } from "@/lib/review/approve-revision";
import { submitForReview } from "@/lib/review/submit-for-review";
import { saveRevision } from "@/lib/revisions/save-revision";
import { updateUser } from "@/lib/users/update-user";
import type { Actor, Role } from "@/lib/users/permissions";
import { startAppServer, type AppServer } from "./app-server";
import { actorContent, createEntry, makeActor, uniqueSlug } from "./fixtures";
import { signInFrom, signInOverHttp } from "./sign-in";

const PASSWORD = "trust-http-test-password";
let app: AppServer;
let editor: Actor;
let admin: Actor;

async function person(role: Role): Promise<{ id: string; email: string }> {
  const email = `trust-${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.example`;
  return db().user.create({ data: { email, name: `Trust ${role}`, role, passwordHash: await hash(PASSWORD) }, select: { id: true, email: true } });
}

beforeAll(async () => {
  app = await startAppServer(3251);
  [editor, admin] = await Promise.all([makeActor("EDITOR"), makeActor("ADMIN")]);
});
afterAll(async () => {
  await app?.stop();
});

async function sessionOf(cookie: string): Promise<{ user?: { email?: string } }> {
  return (await fetch(`${app.url}/api/auth/session`, { headers: { cookie } })).json() as Promise<{ user?: { email?: string } }>;
}

describe("cross-origin requests that change data (defect 4)", () => {
  it("refuses a text/plain cross-origin approve with a reviewer's cookie with 403, and publishes nothing", async () => {
    const reviewer = await person("REVIEWER");
    const cookie = await signInOverHttp(app.url, reviewer.email, PASSWORD);
    const slug = uniqueSlug("csrf");
    const { entryId, revisionId } = await createEntry("actor", actorContent(slug), editor);
    const { reviewId } = await submitForReview({ actor: editor, entryId });
    const approve = (headers: Record<string, string>, body: string) =>
      fetch(`${app.url}/api/studio/reviews/${reviewId}/approve`, { method: "POST", headers: { cookie, ...headers }, body });
    const json = JSON.stringify({ revisionId });

    // What a form on another site of the same site (or any site) can send with the reviewer's cookie.
    const forged = await approve({ origin: "http://evil.example", "content-type": "text/plain" }, json);
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as { error: { message: string } }).error.message).toMatch(/come from this site/);
    expect((await approve({ origin: "http://evil.example", "content-type": "application/json" }, json)).status).toBe(403);
    expect((await approve({ origin: "null", "content-type": "application/json" }, json)).status).toBe(403);
    expect((await approve({ "content-type": "application/json" }, json)).status).toBe(403); // no Origin at all
    expect((await approve({ origin: app.url, "content-type": "text/plain" }, json)).status).toBe(403);
    expect((await approve({ origin: app.url, "content-type": "application/x-www-form-urlencoded" }, `revisionId=${revisionId}`)).status).toBe(403);
    // Refused before the session is even read: the same for anonymous.
    expect(
      (
        await fetch(`${app.url}/api/studio/reviews/${reviewId}/approve`, {
          method: "POST",
          headers: { origin: "http://evil.example", "content-type": "text/plain" },
          body: json,
        })
      ).status,
    ).toBe(403);

    const entry = await db().entry.findUniqueOrThrow({ where: { id: entryId }, select: { publishedRevisionId: true } });
    expect(entry.publishedRevisionId).toBeNull();
    expect(await db().auditEvent.count({ where: { entryId, action: { startsWith: "review.approve" } } })).toBe(0);
    expect((await db().review.findUniqueOrThrow({ where: { id: reviewId } })).status).toBe("OPEN");

    // The same request from this site, as JSON, naming a revision the review moved on from: 409 and the message.
    const second = await saveRevision({
      actor: editor,
      kind: "actor",
      entryId,
      baseRevisionId: revisionId,
      content: actorContent(slug, { description: "Later" }),
      summary: "Later",
    });
    if (!second.ok) throw new Error("save failed");
    const stale = await approve({ origin: app.url, "content-type": "application/json" }, json);
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: { message: string } }).error.message).toBe(NEWER_REVISION_MESSAGE);
    const fresh = await approve({ origin: app.url, "content-type": "application/json; charset=utf-8" }, JSON.stringify({ revisionId: second.revisionId }));
    expect(fresh.status).toBe(200);
    expect((await db().entry.findUniqueOrThrow({ where: { id: entryId } })).publishedRevisionId).toBe(second.revisionId);
  });
});

describe("open redirect after sign-in (defect 5)", () => {
  const SPELLINGS = ["/\\evil.example/phish", "//evil.example/phish", "https://evil.example/phish", "/\t/evil.example", "\\\\evil.example", "/.//evil.example"];

  it("gives the login form only a path on this site", async () => {
    for (const spelling of [...SPELLINGS.map(encodeURIComponent), "/%5Cevil.example/phish", "%2F%2Fevil.example"]) {
      const page = await fetch(`${app.url}/login?callbackUrl=${spelling}`);
      expect(page.status).toBe(200);
      // The form's prop, as serialized in the page (the request URL itself is echoed elsewhere in it).
      const callbacks = [...(await page.text()).matchAll(/callbackUrl\\":\\"([^"\\]*)/g)].map((m) => m[1]);
      expect(callbacks, spelling).toEqual(["/studio"]);
    }
  });

  it("sends next-auth's own redirect after sign-in to this site only", async () => {
    const user = await person("EDITOR");
    for (const callbackUrl of SPELLINGS) {
      const result = await signInFrom("127.0.0.1", app.url, { email: user.email, password: PASSWORD, callbackUrl });
      expect(result.cookie).not.toBeNull();
      expect(new URL(result.url).origin, callbackUrl).toBe(app.url);
    }
    const kept = await signInFrom("127.0.0.1", app.url, { email: user.email, password: PASSWORD, callbackUrl: "/studio/review" });
    expect(kept.url).toBe(`${app.url}/studio/review`);
  });
});

describe("signed-out deep links (issue 21, break 11)", () => {
  it("send a signed-out visitor to sign in with the whole path and query as the callback", async () => {
    for (const path of ["/studio/review/some-review?x=1", "/studio/entries/new?kind=event", "/studio/entries/some-entry/preview?revision=3&x=%2F%2Fy"]) {
      const response = await fetch(`${app.url}${path}`, { redirect: "manual" });
      expect(response.status, path).toBe(307);
      const location = new URL(response.headers.get("location")!, app.url);
      expect(location.pathname, path).toBe("/login");
      expect(location.searchParams.get("callbackUrl"), path).toBe(path);
    }
  });

  it("take the callback from the address asked for, never from a header a client sends", async () => {
    for (const forged of ["//evil.example/phish", "https://evil.example/phish", "/studio/users"]) {
      const response = await fetch(`${app.url}/studio/inbox?x=1`, { headers: { "x-expediente-request-path": forged }, redirect: "manual" });
      expect(new URL(response.headers.get("location")!, app.url).searchParams.get("callbackUrl"), forged).toBe("/studio/inbox?x=1");
    }
  });
});

describe("sessions end at once (defect 6)", () => {
  it("signing out makes a copied session cookie useless immediately", async () => {
    const user = await person("REVIEWER");
    const copied = await signInOverHttp(app.url, user.email, PASSWORD);
    const onAnotherDevice = await signInOverHttp(app.url, user.email, PASSWORD);
    expect((await sessionOf(copied)).user?.email).toBe(user.email);
    expect((await fetch(`${app.url}/studio/review`, { headers: { cookie: copied }, redirect: "manual" })).status).toBe(200);

    // Sign out as the studio's button does (next-auth's POST with its CSRF token).
    const csrf = await fetch(`${app.url}/api/auth/csrf`, { headers: { cookie: copied } });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const signOut = await fetch(`${app.url}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: `${copied}; ${csrfCookie}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl: "/login", json: "true" }),
    });
    expect(signOut.status).toBe(200);

    for (const cookie of [copied, onAnotherDevice]) {
      expect(await sessionOf(cookie)).toEqual({});
      const studio = await fetch(`${app.url}/studio/review`, { headers: { cookie }, redirect: "manual" });
      expect(studio.status).toBe(307);
      expect(studio.headers.get("location")).toContain("/login");
    }
    expect(await db().auditEvent.count({ where: { actorId: user.id, action: "user.sign-out" } })).toBe(1);
    // Signing in again works.
    expect((await sessionOf(await signInOverHttp(app.url, user.email, PASSWORD))).user?.email).toBe(user.email);
  });

  it("answers no user for a deactivated account or a changed role", async () => {
    const user = await person("EDITOR");
    const cookie = await signInOverHttp(app.url, user.email, PASSWORD);
    expect((await sessionOf(cookie)).user?.email).toBe(user.email);
    await updateUser({ actor: admin, userId: user.id, input: { change: "role", role: "REVIEWER" } });
    expect(await sessionOf(cookie)).toEqual({});
    const again = await signInOverHttp(app.url, user.email, PASSWORD);
    expect((await sessionOf(again)).user?.email).toBe(user.email);
    await updateUser({ actor: admin, userId: user.id, input: { change: "active", isActive: false } });
    expect(await sessionOf(again)).toEqual({});
    expect((await fetch(`${app.url}/studio`, { headers: { cookie: again }, redirect: "manual" })).status).toBe(307);
  });
});
