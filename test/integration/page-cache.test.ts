import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hash } from "@node-rs/argon2";
import { db } from "@/lib/db";
import { submitForReview } from "@/lib/review/submit-for-review";
import { withdrawEntry } from "@/lib/review/withdraw-entry";
import { saveRevision } from "@/lib/revisions/save-revision";
import type { Actor } from "@/lib/users/permissions";
import { startAppServer, type AppServer } from "./app-server";
import { actorContent, createEntry, makeActor, publish, uniqueSlug } from "./fixtures";
import { signInOverHttp } from "./sign-in";

// Public entry pages are cached in each instance's memory (docs/decisions/004-public-page-cache.md):
// these tests show that the cache is really used, and that it never outlives a publication or a
// withdrawal on any instance.
let first: AppServer;
let second: AppServer;
let editor: Actor;
let reviewer: Actor;
const reviewerEmail = `page-cache-${Date.now()}@test.example`;
const password = "page-cache-password";

beforeAll(async () => {
  [first, second, editor, reviewer] = await Promise.all([startAppServer(3231), startAppServer(3232), makeActor("EDITOR"), makeActor("REVIEWER")]);
  await db().user.create({ data: { email: reviewerEmail, name: "Cache Reviewer", role: "REVIEWER", passwordHash: await hash(password) } });
});
afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
});

// Two layers: the proxy answers page loads from its own copy (x-expediente-cache); behind it, Next's
// ISR cache (x-nextjs-cache) serves the proxy's fills and the router's RSC requests.
/** As the proxy's own fill does: past the proxy's copy, to Next's ISR cache. */
async function readThroughNext(server: AppServer, path: string) {
  const response = await fetch(`${server.url}${path}`, { headers: { "x-expediente-page-fill": "1" }, redirect: "manual" });
  return { status: response.status, cache: response.headers.get("x-nextjs-cache"), html: await response.text() };
}

async function read(server: AppServer, path: string) {
  const response = await fetch(`${server.url}${path}`, { redirect: "manual" });
  return {
    status: response.status,
    cache: response.headers.get("x-expediente-cache"),
    cacheControl: response.headers.get("cache-control"),
    html: await response.text(),
  };
}

describe("the public page cache on two instances", () => {
  it("keeps an entry address it renders per request private: a 404 carries its own nonce, which no shared cache may hand on", async () => {
    const missing = await fetch(`${second.url}/actors/${uniqueSlug("never-published")}`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("x-expediente-cache")).toBeNull();
    expect(missing.headers.get("content-security-policy")).toMatch(/'nonce-[^']+'/);
    expect(missing.headers.get("cache-control")).toMatch(/^private, /);
  });

  it("serves a page from memory, and drops it on every instance the moment a publication or withdrawal commits", async () => {
    const slug = uniqueSlug("cached-actor");
    const { entryId, revisionId } = await createEntry("actor", actorContent(slug, { title: `Cached first ${slug}` }), editor);
    await publish(entryId, reviewer);

    // The first request renders; the next ones come from this instance's cache.
    const rendered = await read(second, `/actors/${slug}`);
    expect(rendered.status).toBe(200);
    expect(rendered.cache).toBe("MISS");
    const cached = await read(second, `/actors/${slug}`);
    expect(cached.status).toBe(200);
    expect(cached.cache).toBe("HIT");
    expect(cached.html).toContain(`Cached first ${slug}`);
    // Only the instance may keep it: a CDN or browser must ask again, or it would outlive a withdrawal.
    expect(cached.cacheControl).toBe("public, max-age=0, must-revalidate");
    expect((await read(second, `/actors/${slug}/history`)).status).toBe(200);
    expect((await read(second, `/actors/${slug}/history`)).cache).toBe("HIT");

    // A new revision published through the other instance, over HTTP as the studio does.
    const saved = await saveRevision({
      actor: editor,
      kind: "actor",
      entryId,
      baseRevisionId: revisionId,
      content: actorContent(slug, { title: `Cached second ${slug}` }),
      summary: "Retitle",
    });
    expect(saved.ok).toBe(true);
    expect((await read(second, `/actors/${slug}`)).cache).toBe("HIT"); // a draft changes nothing public
    const review = await submitForReview({ actor: editor, entryId });
    const cookie = await signInOverHttp(first.url, reviewerEmail, password);
    const approved = await fetch(`${first.url}/api/studio/reviews/${review.reviewId}/approve`, {
      method: "POST",
      headers: { cookie, origin: first.url, "content-type": "application/json" },
      body: JSON.stringify({ revisionId: review.revisionId }),
    });
    expect(approved.status).toBe(200);

    // The very next request to the instance that did not publish shows the new revision...
    const afterPublication = await read(second, `/actors/${slug}`);
    expect(afterPublication.status).toBe(200);
    expect(afterPublication.cache).toBe("MISS");
    expect(afterPublication.html).toContain(`Cached second ${slug}`);
    expect(afterPublication.html).not.toContain(`Cached first ${slug}`);
    const history = await read(second, `/actors/${slug}/history`);
    expect(history.cache).toBe("MISS");
    expect(history.html).toContain("Retitle");
    // ...and is cached again.
    const cachedAgain = await read(second, `/actors/${slug}`);
    expect(cachedAgain.cache).toBe("HIT");
    expect(cachedAgain.html).toContain(`Cached second ${slug}`);
    // Next's own cache behind the proxy holds the same revision (what client-side navigation gets).
    const behind = await readThroughNext(second, `/actors/${slug}`);
    expect(behind.cache).toBe("HIT");
    expect(behind.html).toContain(`Cached second ${slug}`);
    expect(behind.html).not.toContain(`Cached first ${slug}`);

    // A withdrawal (here straight through the data layer, a third process) answers 410 at once on both.
    expect((await read(first, `/actors/${slug}`)).status).toBe(200);
    const withdrawn = await withdrawEntry({ actor: reviewer, entryId, reason: "Withdrawn to test the page cache" });
    expect(withdrawn.ok).toBe(true);
    for (const server of [second, first]) {
      const gone = await read(server, `/actors/${slug}`);
      expect(gone.status).toBe(410);
      expect(gone.html).toContain("Withdrawn to test the page cache");
      expect(gone.html).toContain("410 · Withdrawn");
      expect(gone.html).not.toContain("entry--actor"); // the withdrawn notice, not the cached page
      const log = await read(server, `/actors/${slug}/history`);
      expect(log.html).toContain("This entry has been withdrawn");
    }
  }, 90_000); // many steps over HTTP: on a busy machine more than the default 30 s

  it("serves the home and index pages from memory too, and shows a publication on the other instance at once", async () => {
    const slug = uniqueSlug("cached-home");
    const { entryId } = await createEntry("actor", actorContent(slug, { title: `On the home page ${slug}` }), editor);
    await read(second, "/");
    const before = await read(second, "/");
    expect(before.cache).toBe("HIT");
    expect(before.html).not.toContain(`On the home page ${slug}`);
    expect((await read(second, "/actors")).status).toBe(200);
    expect((await read(second, "/actors")).cache).toBe("HIT");
    // Filters are per reader: never served from the copy.
    expect((await read(second, "/actors?type=ngo")).cache).toBeNull();

    await publish(entryId, reviewer);
    const home = await read(second, "/");
    expect(home.cache).toBe("MISS");
    expect(home.html).toContain(`On the home page ${slug}`);
    expect((await read(second, "/actors")).html).toContain(`On the home page ${slug}`);
  });

  it("keeps the feed, the sitemap and the read API like pages, and drops them on every instance at a publication or withdrawal", async () => {
    const slug = uniqueSlug("cached-data");
    const title = `In the feed ${slug}`;
    const { entryId } = await createEntry("actor", actorContent(slug, { title }), editor);
    const urls = ["/feed.xml", "/sitemap.xml", "/api/v1/entries?kind=actors&limit=5", `/api/v1/actors/${slug}`];
    for (const url of urls) await read(second, url);
    for (const url of urls.slice(0, 3)) {
      const held = await read(second, url);
      expect(held.cache, url).toBe("HIT");
      expect(held.html, url).not.toContain(slug);
    }
    // A not-found answer is never kept: the entry's API address stays with Next until it is published.
    expect((await read(second, `/api/v1/actors/${slug}`)).status).toBe(404);
    expect((await read(second, `/api/v1/actors/${slug}`)).cache).toBeNull();
    // A search is per query: never kept.
    await read(second, `/api/v1/entries?q=${slug}`);
    expect((await read(second, `/api/v1/entries?q=${slug}`)).cache).toBeNull();

    await publish(entryId, reviewer);
    for (const url of urls) {
      const fresh = await read(second, url);
      expect(fresh.status, url).toBe(200);
      expect(fresh.html, url).toContain(slug);
    }
    expect((await read(second, `/api/v1/actors/${slug}`)).cache).toBe("HIT");

    await withdrawEntry({ actor: reviewer, entryId, reason: "Cache test withdrawal", isConfirmed: true });
    expect((await read(second, `/api/v1/actors/${slug}`)).status).toBe(410);
    for (const url of urls.slice(0, 3)) expect((await read(second, url)).html, url).not.toContain(slug);
  });

  it("keeps a search's results per query, stores pages without the framework's scripts, and shows a publication at once", async () => {
    const slug = uniqueSlug("cached-search");
    // A word no other entry holds, even for a forgiving search.
    const word = Array.from(randomBytes(10), (byte) => String.fromCharCode(97 + (byte % 26))).join("");
    const { entryId } = await createEntry("actor", actorContent(slug, { title: `Findable ${word}` }), editor);
    const url = `/search?q=${word}`;
    await read(second, url);
    const before = await read(second, url);
    expect(before.cache).toBe("HIT");
    // React separates text parts with empty comments.
    const resultsLine = (html: string) => /<h2 id="results-heading">(.*?)<\/h2>/.exec(html.replaceAll("<!-- -->", ""))?.[1];
    expect(resultsLine(before.html)).toBe(`0 results for “${word}”`);
    // Nothing to land on: a search without hits asks not to be indexed; one with hits does not.
    expect(before.html).toContain('<meta name="robots" content="noindex"/>');

    await publish(entryId, reviewer);
    const after = await read(second, url);
    expect(after.cache).toBe("MISS");
    expect(resultsLine(after.html)).toBe(`1 result for “${word}”`);
    expect(after.html).toContain(`Findable ${word}`);
    expect(after.html).not.toContain('name="robots"');
    // Another query is another copy.
    expect(resultsLine((await read(second, `${url}&kind=event`)).html)).toBe(`0 results for “${word}”`);

    // The copy is a document: no framework chunk, no RSC payload, and a policy that runs no script.
    const page = await fetch(`${second.url}/actors/${slug}`);
    const html = await page.text();
    expect(html).toContain(`Findable ${word}`);
    expect(html).not.toMatch(/<script[^>]*src=|__next_f/);
    expect(page.headers.get("content-security-policy")).toContain("script-src 'none'");
    // Next's render behind it still carries them (client-side navigation from the studio's preview).
    expect((await readThroughNext(second, `/actors/${slug}`)).html).toContain("__next_f");
  });

  it("does not keep a not-found page once the entry is published", async () => {
    const slug = uniqueSlug("cached-missing");
    const { entryId } = await createEntry("actor", actorContent(slug, { title: `Late ${slug}` }), editor);
    expect((await read(second, `/actors/${slug}`)).status).toBe(404);
    expect((await read(second, `/actors/${slug}`)).status).toBe(404);
    await publish(entryId, reviewer);
    const page = await read(second, `/actors/${slug}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain(`Late ${slug}`);
  });

  it("answers 304 to the current validator, and a publication changes the validator on every instance", async () => {
    const slug = uniqueSlug("cached-etag");
    const { entryId, revisionId } = await createEntry("actor", actorContent(slug, { title: `Validated first ${slug}` }), editor);
    await publish(entryId, reviewer);
    const paths = [`/actors/${slug}`, `/api/v1/actors/${slug}`, "/feed.xml"];
    const tags = new Map<string, string>();
    for (const path of paths) {
      const [a, b] = await Promise.all([fetch(`${first.url}${path}`), fetch(`${second.url}${path}`)]);
      expect([a.status, b.status]).toEqual([200, 200]);
      // One generation, one path: the same validator whichever instance answers.
      expect(a.headers.get("etag")).toBeTruthy();
      expect(b.headers.get("etag")).toBe(a.headers.get("etag"));
      tags.set(path, a.headers.get("etag")!);
      for (const server of [first, second]) {
        const revalidated = await fetch(`${server.url}${path}`, { headers: { "if-none-match": tags.get(path)! } });
        expect(revalidated.status).toBe(304);
      }
    }

    const saved = await saveRevision({
      actor: editor,
      kind: "actor",
      entryId,
      baseRevisionId: revisionId,
      content: actorContent(slug, { title: `Validated second ${slug}` }),
      summary: "Retitle",
    });
    expect(saved.ok).toBe(true);
    await publish(entryId, reviewer);

    for (const path of paths) {
      for (const server of [second, first]) {
        const changed = await fetch(`${server.url}${path}`, { headers: { "if-none-match": tags.get(path)! } });
        expect(changed.status).toBe(200);
        expect(changed.headers.get("etag")).not.toBe(tags.get(path));
        const body = await changed.text();
        if (path !== "/feed.xml") expect(body).toContain(`Validated second ${slug}`);
        const current = await fetch(`${server.url}${path}`, { headers: { "if-none-match": changed.headers.get("etag")! } });
        expect(current.status).toBe(304);
      }
    }
  }, 90_000);

  it("never caches a studio page or a signed-in response", async () => {
    const cookie = await signInOverHttp(second.url, reviewerEmail, password);
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${second.url}/studio`, { headers: { cookie }, redirect: "manual" });
      expect(response.status).toBe(200);
      expect(response.headers.get("x-nextjs-cache")).toBeNull();
      expect(response.headers.get("cache-control") ?? "").toMatch(/no-store|private|no-cache/);
    }
  });
});
