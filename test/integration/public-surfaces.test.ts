import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withdrawEntry } from "@/lib/review/withdraw-entry";
import { saveRevision } from "@/lib/revisions/save-revision";
import type { Actor } from "@/lib/users/permissions";
import { startAppServer, type AppServer } from "./app-server";
import { actorContent, createEntry, makeActor, publish, sourceContent, uniqueSlug } from "./fixtures";

let app: AppServer;
let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  [app, editor, reviewer] = await Promise.all([startAppServer(3211), makeActor("EDITOR"), makeActor("REVIEWER")]);
});
afterAll(() => app.stop());

const get = (path: string) => fetch(`${app.url}${path}`, { redirect: "manual" });

async function publicSurfaces(slug: string, word: string) {
  const [page, api, search, feed, sitemap] = await Promise.all([
    get(`/actors/${slug}`),
    get(`/api/v1/actors/${slug}`),
    get(`/search?q=${encodeURIComponent(word)}`).then((r) => r.text()),
    get("/feed.xml").then((r) => r.text()),
    get("/sitemap.xml").then((r) => r.text()),
  ]);
  return { page: page.status, pageHtml: await page.text(), api: api.status, search, feed, sitemap };
}

describe("what readers see", () => {
  it("never shows an unpublished entry on any public surface", async () => {
    const word = `Unpublishedword${Date.now()}`;
    const slug = uniqueSlug("draft-actor");
    await createEntry("actor", actorContent(slug, { title: `Draft ${word}`, description: word }), editor);
    const seen = await publicSurfaces(slug, word);
    expect(seen.page).toBe(404);
    expect(seen.api).toBe(404);
    expect(seen.search).not.toContain(slug);
    expect(seen.feed).not.toContain(slug);
    expect(seen.sitemap).not.toContain(slug);
  });

  it("shows a publication at once, then a withdrawal as 410 and nowhere else", async () => {
    const word = `Publishedword${Date.now()}`;
    const slug = uniqueSlug("public-actor");
    const { entryId, revisionId } = await createEntry("actor", actorContent(slug, { title: `First ${word}`, description: `About ${word}.` }), editor);
    await publish(entryId, reviewer);
    let seen = await publicSurfaces(slug, word);
    expect(seen.page).toBe(200);
    expect(seen.pageHtml).toContain(`First ${word}`);
    expect(seen.api).toBe(200);
    expect(seen.search).toContain(`/actors/${slug}`);
    expect(seen.feed).toContain(`/actors/${slug}`);
    expect(seen.sitemap).toContain(`/actors/${slug}`);

    const second = await saveRevision({
      actor: editor,
      kind: "actor",
      entryId,
      baseRevisionId: revisionId,
      content: actorContent(slug, { title: `Second ${word}`, description: `About ${word}.` }),
      summary: "Retitle",
    });
    expect(second.ok).toBe(true);
    expect(await (await get(`/actors/${slug}`)).text()).toContain(`First ${word}`); // a draft changes nothing public
    await publish(entryId, reviewer);
    expect(await (await get(`/actors/${slug}`)).text()).toContain(`Second ${word}`);

    await withdrawEntry({ actor: reviewer, entryId, reason: "Published by mistake", isConfirmed: true });
    seen = await publicSurfaces(slug, word);
    expect(seen.page).toBe(410);
    expect(seen.pageHtml).toContain("Published by mistake");
    expect(seen.api).toBe(410);
    expect(seen.search).not.toContain(`/actors/${slug}`);
    expect(seen.feed).not.toContain(`/actors/${slug}`);
    expect(seen.sitemap).not.toContain(`/actors/${slug}`);
  });

  it("redirects an old slug permanently to the new one", async () => {
    const oldSlug = uniqueSlug("old-source");
    const newSlug = uniqueSlug("new-source");
    const { entryId, revisionId } = await createEntry("source", sourceContent(oldSlug), editor);
    await publish(entryId, reviewer);
    await saveRevision({ actor: editor, kind: "source", entryId, baseRevisionId: revisionId, content: sourceContent(newSlug), summary: "Rename" });
    await publish(entryId, reviewer);
    const response = await get(`/sources/${oldSlug}`);
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toMatch(new RegExp(`/sources/${newSlug}$`));
  });
});
