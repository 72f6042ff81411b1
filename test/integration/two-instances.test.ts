import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hash } from "@node-rs/argon2";
import { db } from "@/lib/db";
import { submitForReview } from "@/lib/review/submit-for-review";
import type { Actor } from "@/lib/users/permissions";
import { startAppServer, type AppServer } from "./app-server";
import { actorContent, createEntry, makeActor, uniqueSlug } from "./fixtures";
import { signInOverHttp } from "./sign-in";

let first: AppServer;
let second: AppServer;
let editor: Actor;
const reviewerEmail = `two-instances-${Date.now()}@test.example`;
const password = "two-instances-password";

beforeAll(async () => {
  [first, second, editor] = await Promise.all([startAppServer(3221), startAppServer(3222), makeActor("EDITOR")]);
  await db().user.create({ data: { email: reviewerEmail, name: "Instance Reviewer", role: "REVIEWER", passwordHash: await hash(password) } });
});
afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
});

describe("two app instances on one database", () => {
  it("show a publication made through one instance at once through the other", async () => {
    const slug = uniqueSlug("two-instances");
    const { entryId } = await createEntry("actor", actorContent(slug, { title: `Seen everywhere ${slug}` }), editor);
    const { reviewId, revisionId } = await submitForReview({ actor: editor, entryId });
    expect((await fetch(`${second.url}/actors/${slug}`)).status).toBe(404);

    const cookie = await signInOverHttp(first.url, reviewerEmail, password);
    const approved = await fetch(`${first.url}/api/studio/reviews/${reviewId}/approve`, {
      method: "POST",
      headers: { cookie, origin: first.url, "content-type": "application/json" },
      body: JSON.stringify({ revisionId }),
    });
    expect(approved.status).toBe(200);

    const page = await fetch(`${second.url}/actors/${slug}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`Seen everywhere ${slug}`);
    const api = await fetch(`${second.url}/api/v1/actors/${slug}`);
    expect(api.status).toBe(200);
  });

  it("refuses the approve endpoint without a session", async () => {
    const response = await fetch(`${first.url}/api/studio/reviews/00000000-0000-0000-0000-000000000000/approve`, {
      method: "POST",
      headers: { origin: first.url, "content-type": "application/json" },
      body: "{}",
    });
    expect(response.status).toBe(401);
  });
});
