// Who may open what, over HTTP against the production build, as PRODUCT.md's roles table says.
// Each role signs in through next-auth's credentials endpoint; nothing is faked.
import { hash } from "@node-rs/argon2";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitForReview } from "@/lib/review/submit-for-review";
import type { Role } from "@/lib/users/permissions";
import { startAppServer, type AppServer } from "./app-server";
import { actorContent, createEntry, makeActor, uniqueSlug } from "./fixtures";
import { signInOverHttp } from "./sign-in";

type Who = "anonymous" | "editor" | "reviewer" | "admin";
const PASSWORD = "authorization-matrix-password";

let app: AppServer;
const cookies: Partial<Record<Who, string>> = {};
let entryId = "";
let reviewId = "";
let draftSlug = "";

async function signedInUser(role: Role): Promise<string> {
  const email = `matrix-${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.example`;
  await db().user.create({ data: { email, name: `Matrix ${role}`, role, passwordHash: await hash(PASSWORD) } });
  return signInOverHttp(app.url, email, PASSWORD);
}

beforeAll(async () => {
  app = await startAppServer(3241);
  // A draft by someone else, waiting for review: every studio screen has something to show.
  const author = await makeActor("EDITOR");
  draftSlug = uniqueSlug("matrix");
  ({ entryId } = await createEntry("actor", actorContent(draftSlug), author));
  ({ reviewId } = await submitForReview({ actor: author, entryId }));
  cookies.editor = await signedInUser("EDITOR");
  cookies.reviewer = await signedInUser("REVIEWER");
  cookies.admin = await signedInUser("ADMIN");
});
afterAll(async () => {
  await app?.stop();
});

async function statusOf(who: Who, path: string, init: RequestInit = {}): Promise<{ status: number; location: string | null }> {
  const headers = new Headers(init.headers);
  if (who !== "anonymous") headers.set("cookie", cookies[who]!);
  const response = await fetch(`${app.url}${path}`, { ...init, headers, redirect: "manual" });
  return { status: response.status, location: response.headers.get("location") };
}

// 200: allowed · 403: signed in without the role · "login": sent to sign in.
const STUDIO_PAGES: { path: () => string; editor: 200 | 403; reviewer: 200 | 403; admin: 200 | 403 }[] = [
  { path: () => "/studio", editor: 200, reviewer: 200, admin: 200 },
  { path: () => "/studio/entries", editor: 200, reviewer: 200, admin: 200 },
  { path: () => "/studio/entries/new?kind=actor", editor: 200, reviewer: 200, admin: 200 },
  { path: () => `/studio/entries/${entryId}`, editor: 200, reviewer: 200, admin: 200 },
  { path: () => `/studio/entries/${entryId}/history`, editor: 200, reviewer: 200, admin: 200 },
  { path: () => `/studio/entries/${entryId}/compare?from=1&to=1`, editor: 200, reviewer: 200, admin: 200 },
  { path: () => `/studio/review/${reviewId}`, editor: 200, reviewer: 200, admin: 200 },
  { path: () => "/studio/review", editor: 403, reviewer: 200, admin: 200 },
  { path: () => "/studio/audit", editor: 403, reviewer: 200, admin: 200 },
  { path: () => "/studio/users", editor: 403, reviewer: 403, admin: 200 },
];

describe("the authorization matrix", () => {
  it("sends an anonymous visitor of any studio page to sign in, and back afterwards", async () => {
    for (const page of STUDIO_PAGES) {
      const { status, location } = await statusOf("anonymous", page.path());
      expect([302, 303, 307], page.path()).toContain(status);
      expect(location, page.path()).toMatch(/\/login\?callbackUrl=%2Fstudio/);
    }
  });

  for (const role of ["editor", "reviewer", "admin"] as const) {
    it(`lets ${role}s open exactly the studio pages their role allows`, async () => {
      const seen = await Promise.all(STUDIO_PAGES.map(async (page) => [page.path(), (await statusOf(role, page.path())).status] as const));
      expect(Object.fromEntries(seen)).toEqual(Object.fromEntries(STUDIO_PAGES.map((page) => [page.path(), page[role]])));
    });
  }

  it("keeps drafts off every public surface, whoever asks", async () => {
    for (const who of ["anonymous", "editor", "admin"] as const) {
      expect((await statusOf(who, `/actors/${draftSlug}`)).status, who).toBe(404);
      expect((await statusOf(who, `/api/v1/actors/${draftSlug}`)).status, who).toBe(404);
      expect((await statusOf(who, `/api/v1/actors/${draftSlug}/revisions`)).status, who).toBe(404);
    }
  });

  it("answers the approve endpoint 401 without a session and 403 to an editor, publishing nothing", async () => {
    const approve = { method: "POST", headers: { origin: app.url, "content-type": "application/json" }, body: "{}" };
    expect((await statusOf("anonymous", `/api/studio/reviews/${reviewId}/approve`, approve)).status).toBe(401);
    expect((await statusOf("editor", `/api/studio/reviews/${reviewId}/approve`, approve)).status).toBe(403);
    const entry = await db().entry.findUniqueOrThrow({ where: { id: entryId }, select: { publishedRevisionId: true } });
    expect(entry.publishedRevisionId).toBeNull();
  });

  it("answers ids that cannot be uuids with 404, not a database error", async () => {
    const approve = { method: "POST", headers: { origin: app.url, "content-type": "application/json" }, body: "{}" };
    for (const id of ["not-a-uuid", "0".repeat(36), "-".repeat(36)]) {
      expect((await statusOf("reviewer", `/api/studio/reviews/${id}/approve`, approve)).status, id).toBe(404);
      expect((await statusOf("reviewer", `/studio/entries/${id}`)).status, id).toBe(404);
      expect((await statusOf("reviewer", `/studio/review/${id}`)).status, id).toBe(404);
      expect((await statusOf("reviewer", `/studio/entries/${id}/history`)).status, id).toBe(404);
    }
    expect((await statusOf("editor", "/studio/entries?q=%00&author=not-a-uuid")).status).toBe(200);
  });
});
