// What machines read from the reader pages, fetched from a production build as a crawler or a social
// network would: share cards (og:image answers 200 image/png; never a card for a draft or a withdrawn
// entry), Open Graph and Twitter tags, article times, JSON-LD, and old slugs that keep working.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContentByKind } from "@/lib/entries/content-schema";
import { withdrawEntry } from "@/lib/review/withdraw-entry";
import { saveRevision } from "@/lib/revisions/save-revision";
import type { Actor } from "@/lib/users/permissions";
import { seedRecord } from "@/prisma/seed/record";
import { startAppServer, type AppServer } from "./app-server";
import { actorContent, createEntry, makeActor, publish, uniqueSlug } from "./fixtures";

let app: AppServer;
let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  [app, editor, reviewer] = await Promise.all([startAppServer(3302), makeActor("EDITOR"), makeActor("REVIEWER")]);
});
afterAll(() => app?.stop());

const EVENT = "/events/san-miguel-del-ene-attack";
const get = (path: string) => fetch(path.startsWith("http") ? path : `${app.url}${path}`, { redirect: "manual" });

function metaOf(html: string, key: string): string[] {
  const pattern = new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, "\\$&")}" content="([^"]*)"`, "g");
  return [...html.matchAll(pattern)].map((m) =>
    m[1]!
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'"),
  );
}

async function pageOf(path: string): Promise<string> {
  const response = await get(path);
  expect(response.status, path).toBe(200);
  return response.text();
}

async function firstListed(kind: "actors" | "sources"): Promise<string> {
  const body = (await (await get(`/api/v1/entries?kind=${kind}&limit=1`)).json()) as { data: { url: string }[] };
  return body.data[0]!.url;
}

/** The card URL of an entry: Next gives each image route a per-build suffix, read here from a published page of the kind. */
async function cardUrl(kind: "events" | "actors", slug: string): Promise<string> {
  const example = kind === "events" ? EVENT : await firstListed("actors");
  const image = new URL(metaOf(await pageOf(example), "og:image")[0]!);
  return image.pathname.replace(/^\/(events|actors)\/[^/]+\//, `/${kind}/${slug}/`);
}

async function expectPng(url: string) {
  const response = await get(url);
  expect(response.status, url).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/png");
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(5_000);
  return response;
}

/** A copy of a seeded related event under a new slug (its references are published seed entries). */
function eventContent(slug: string): ContentByKind["event"] {
  const seeded = seedRecord.find((e) => e.kind === "event" && e.history.at(-1)!.content.slug !== "san-miguel-del-ene-attack")!;
  const content = seeded.history.at(-1)!.content as ContentByKind["event"];
  return { ...content, slug, title: `Renamed event ${slug}`, related: [] };
}

describe("share cards", () => {
  it("the event, an actor, a source and the home page each have an og:image that answers 200 image/png", async () => {
    const pages = ["/", EVENT, await firstListed("actors"), await firstListed("sources")];
    for (const path of pages) {
      const html = await pageOf(path);
      const [image] = metaOf(html, "og:image");
      expect(image, path).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
      await expectPng(image!);
      expect(metaOf(html, "og:image:alt")[0], path).toBeTruthy();
      expect(metaOf(html, "og:image:width")[0]).toBe("1200");
      expect(metaOf(html, "og:locale"), path).toEqual(["en_GB"]);
      expect(metaOf(html, "twitter:card"), path).toEqual(["summary_large_image"]);
      expect(metaOf(html, "og:url")[0]?.replace(/\/$/, ""), path).toBe(`${app.url}${path}`.replace(/\/$/, ""));
    }
  }, 120_000);

  it("the event's card says what its claims say, in its alt text, and is never cached for long", async () => {
    const html = await pageOf(EVENT);
    expect(metaOf(html, "og:image:alt")[0]).toContain("14–18 dead, sources disagree");
    const card = await expectPng(metaOf(html, "og:image")[0]!);
    expect(card.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
  });

  it("has no card for an unpublished entry (404) or a withdrawn one (410), and none of their text", async () => {
    const word = `Draftcard${Date.now()}`;
    const draft = uniqueSlug("draft-card");
    await createEntry("actor", actorContent(draft, { title: `Draft ${word}` }), editor);
    const unpublished = await get(await cardUrl("actors", draft));
    expect(unpublished.status).toBe(404);
    expect(unpublished.headers.get("content-type")).not.toBe("image/png");
    expect(await unpublished.text()).not.toContain(word);

    const gone = uniqueSlug("withdrawn-card");
    const { entryId } = await createEntry("actor", actorContent(gone, { title: `Withdrawn ${word}` }), editor);
    await publish(entryId, reviewer);
    const card = await cardUrl("actors", gone);
    expect(card).toMatch(new RegExp(`^/actors/${gone}/opengraph-image-[a-z0-9]+/card$`));
    await expectPng(card);
    await withdrawEntry({ actor: reviewer, entryId, reason: "Card test", isConfirmed: true });
    const withdrawn = await get(card);
    expect(withdrawn.status).toBe(410);
    expect(await withdrawn.text()).not.toContain(word);
    expect((await get(card.replace(/card$/, "other"))).status).toBe(404);
  });
});

describe("article times", () => {
  it("article:published_time is the first publication and article:modified_time the latest", async () => {
    const log = (await (await get("/api/v1/events/san-miguel-del-ene-attack/revisions")).json()) as { data: { publishedAt: string }[] };
    expect(log.data.length).toBeGreaterThan(1);
    const html = await pageOf(EVENT);
    expect(metaOf(html, "article:published_time")).toEqual([log.data.at(-1)!.publishedAt]);
    expect(metaOf(html, "article:modified_time")).toEqual([log.data[0]!.publishedAt]);
  });
});

describe("JSON-LD as served", () => {
  it("types every node with an @id on the event, an actor and a source page; the source page is about the work", async () => {
    const sourcePath = await firstListed("sources");
    for (const path of [EVENT, await firstListed("actors"), sourcePath]) {
      const html = await pageOf(path);
      const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
      const graph = (JSON.parse(json!) as { "@graph": unknown[] })["@graph"];
      const objects: Record<string, unknown>[] = [];
      const walk = (value: unknown) => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === "object") {
          objects.push(value as Record<string, unknown>);
          Object.values(value).forEach(walk);
        }
      };
      walk(graph);
      const typed = new Set(objects.filter((o) => "@type" in o).map((o) => o["@id"]));
      const untyped = objects.filter((o) => "@id" in o && !("@type" in o) && !(Object.keys(o).length === 1 && typed.has(o["@id"])));
      expect(untyped, path).toEqual([]);
      if (path === sourcePath) {
        expect(graph[0]).toMatchObject({ "@type": "WebPage", "@id": `${app.url}${path}`, about: { "@id": `${app.url}${path}#entity` } });
        expect(graph[1]).not.toHaveProperty("mainEntityOfPage");
      }
    }
    const event = (
      JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(await pageOf(EVENT))![1]!) as { "@graph": Record<string, unknown>[] }
    )["@graph"][0]!;
    expect(event).toMatchObject({ "@type": "Event", startDate: "2021-05-23T22:00-05:00", location: { address: { addressCountry: "PE" } } });
  });
});

describe("a renamed entry", () => {
  it("keeps its old page, corrections log and API answers as permanent redirects, and its card", async () => {
    const oldSlug = uniqueSlug("old-event");
    const newSlug = uniqueSlug("new-event");
    const { entryId, revisionId } = await createEntry("event", eventContent(oldSlug), editor);
    await publish(entryId, reviewer);
    const renamed = await saveRevision({
      actor: editor,
      kind: "event",
      entryId,
      baseRevisionId: revisionId,
      content: eventContent(newSlug),
      summary: "Rename",
    });
    expect(renamed.ok).toBe(true);
    await publish(entryId, reviewer);
    const expectations: [string, string][] = [
      [`/events/${oldSlug}`, `/events/${newSlug}`],
      [`/events/${oldSlug}/history`, `/events/${newSlug}/history`],
      [`/api/v1/events/${oldSlug}`, `/api/v1/events/${newSlug}`],
      [`/api/v1/events/${oldSlug}/revisions`, `/api/v1/events/${newSlug}/revisions`],
    ];
    for (const [from, to] of expectations) {
      const response = await get(from);
      expect(response.status, from).toBe(301);
      expect(new URL(response.headers.get("location")!, app.url).pathname, from).toBe(to);
      expect((await get(to)).status, to).toBe(200);
    }
    // The card under the old slug (a link shared before the rename) shows the entry as it is now.
    await expectPng(await cardUrl("events", oldSlug));
  }, 60_000);
});

/** The page's JSON-LD graph, as served. */
async function graphOf(path: string): Promise<Record<string, unknown>[]> {
  const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(await pageOf(path))?.[1];
  return (JSON.parse(json!) as { "@graph": Record<string, unknown>[] })["@graph"];
}

describe("what feed readers, crawlers and citation tools find (issue 25, machine-reader gaps)", () => {
  it("links the Atom feed from the head of every reader page", async () => {
    for (const path of ["/", EVENT, "/events", "/data", await firstListed("sources")]) {
      const html = await pageOf(path);
      const head = html.slice(0, html.indexOf("</head>"));
      expect(head, path).toMatch(/<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/feed\.xml"\/?>/);
    }
  });

  it("gives each index page, /data, /search, /verify and /dossier its own title, description and og:url", async () => {
    const pages = ["/events", "/actors", "/sources", "/data", "/search", "/verify", "/dossier"];
    const descriptions = new Set<string>();
    for (const path of pages) {
      const html = await pageOf(path);
      expect(metaOf(html, "og:url"), path).toEqual([`${app.url}${path}`]);
      const title = metaOf(html, "og:title")[0];
      expect(title, path).toBeTruthy();
      expect(title, path).not.toBe("Expediente");
      expect(html, path).toContain(`<title>${title} · Expediente</title>`);
      const [description] = metaOf(html, "og:description");
      expect(metaOf(html, "description"), path).toEqual([description]);
      descriptions.add(description!);
    }
    expect(descriptions.size).toBe(pages.length);
  }, 60_000);

  it("labels the event's date and the date its sources report apart in the infobox", async () => {
    const html = await pageOf(EVENT);
    const infobox = html.slice(html.indexOf('<aside class="infobox"'), html.indexOf("</aside>", html.indexOf('<aside class="infobox"')));
    const labels = [...infobox.matchAll(/<dt>([^<]*)<\/dt>/g)].map((m) => m[1]);
    expect(labels.filter((label) => label === "Date")).toHaveLength(1);
    expect(labels).toContain("Date reported");
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("gives a source page its card, the published revision's date and its authors' pages", async () => {
    const boluarte = "/sources/boluarte-putis-condolences";
    const [page, work] = await graphOf(boluarte);
    // og:image carries a per-build query Next adds; the JSON-LD names the same image without it.
    const card = metaOf(await pageOf(boluarte), "og:image")[0]!.replace(/\?.*$/, "");
    const log = (await (await get(`/api/v1${boluarte}/revisions`)).json()) as { data: { publishedAt: string }[] };
    expect(page).toMatchObject({ "@type": "WebPage", image: card, dateModified: log.data[0]!.publishedAt });
    expect(work).toMatchObject({ image: card, author: [{ "@type": "Person", name: "Dina Boluarte", url: `${app.url}/actors/dina-boluarte` }] });
    // An author whose page no other reference of the source names is still found by name.
    const [, nyt] = await graphOf("/sources/new-york-times-2021-05-24");
    expect((nyt as { author: Record<string, unknown>[] }).author).toContainEqual(
      expect.objectContaining({ name: "Mitra Taj", url: `${app.url}/actors/mitra-taj` }),
    );
  });

  it("gives the video its card as thumbnailUrl and its publication date as uploadDate", async () => {
    const path = "/sources/exitosa-peru-2021-05-25";
    const [, video] = await graphOf(path);
    expect(video).toMatchObject({
      "@type": "VideoObject",
      thumbnailUrl: metaOf(await pageOf(path), "og:image")[0]!.replace(/\?.*$/, ""),
      uploadDate: "2021-05-25",
    });
    await expectPng(video!.thumbnailUrl as string);
  });

  it("says the feed's language", async () => {
    const feed = await (await get("/feed.xml")).text();
    expect(feed).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="en">/);
  });

  it("states the record's licence in LICENSE-DATA, as /data and the OpenAPI document do, and the code's in LICENSE", async () => {
    const { readFileSync } = await import("node:fs");
    const { ROOT } = await import("./run-script");
    const licence = readFileSync(`${ROOT}/LICENSE-DATA`, "utf8");
    const document = (await (await get("/api/openapi.json")).json()) as { info: { license: { name: string; identifier: string } } };
    expect(licence).toContain(document.info.license.name);
    expect(licence).toContain(`SPDX-License-Identifier: ${document.info.license.identifier}`);
    const data = await pageOf("/data");
    expect(data).toContain("Creative Commons Attribution 4.0 International licence (CC BY 4.0)");
    expect(licence).toContain("Creative Commons Attribution 4.0 International licence (CC BY 4.0)");
    expect(licence).toContain("https://creativecommons.org/licenses/by/4.0/");
    // The data licence does not reach the code, and the code's licence names the data's.
    expect(licence).toMatch(/The source code of this repository is\s+licensed separately, under the MIT licence in LICENSE/);
    const codeLicence = readFileSync(`${ROOT}/LICENSE`, "utf8");
    expect(codeLicence).toMatch(/^MIT License/);
    expect(codeLicence).toContain("see LICENSE-DATA (CC BY 4.0)");
    const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, "utf8")) as { license: string };
    expect(pkg.license).toBe("MIT");
  });
});
