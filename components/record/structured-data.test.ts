import type { Claim as ClaimNode, Event, Graph, Organization, Person } from "schema-dts";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { Claim } from "@/lib/claims/claim-schema";
import type { EntryKindName } from "@/lib/entries/common-schema";
import type { LinkTarget } from "@/lib/links/get-public-link-targets";
import { withdrawnReference } from "@/lib/links/withdrawn-reference";
import { SOURCE_SCHEMA_TYPES, type ActorSchemaType, type EntityTypes, type SourceSchemaType } from "@/lib/seo/schema-types";
import { seedRecord } from "@/prisma/seed/record";
import { actorJsonLd, actorRef, claimNodes, eventJsonLd, eventStartDate, sourceJsonLd, type JsonLdContext } from "./structured-data";

const ORIGIN = "https://record.example";

describe("claimNodes", () => {
  const base: Pick<Claim, "nature" | "rank" | "citations"> = { nature: "asserted", rank: "normal", citations: [{ source: "public-source" }] };
  const claims: Claim[] = [
    { ...base, id: "toll-public", property: "fatalities", value: { type: "number", value: 16 }, assertedBy: "public-actor" },
    {
      ...base,
      id: "toll-hidden",
      property: "fatalities",
      value: { type: "number", value: 14 },
      assertedBy: "hidden-actor",
      citations: [{ source: "hidden-source" }],
    },
    { ...base, id: "perp-hidden", property: "perpetrator", value: { type: "actor", actor: "hidden-actor" } },
    { ...base, id: "toll-old", property: "fatalities", value: { type: "number", value: 20 }, rank: "deprecated", deprecationReason: "Corrected" },
  ];
  // Only published, non-withdrawn entries are link targets.
  const ctx: JsonLdContext = {
    origin: ORIGIN,
    slug: "e",
    targets: new Map<string, LinkTarget>([
      ["actor/public-actor", { kind: "actor", slug: "public-actor", title: "Public Actor" }],
      ["source/public-source", { kind: "source", slug: "public-source", title: "Public Source" }],
    ]),
    types: new Map([
      ["actor/public-actor", "Organization"],
      ["source/public-source", "NewsArticle"],
    ]),
  };
  const nodes = claimNodes({ ctx, claims, about: `${ORIGIN}/events/e#entity`, pageUrl: `${ORIGIN}/events/e` });

  it("gives each claim its author and the sources it appears in, each typed", () => {
    expect(nodes[0]).toMatchObject({
      "@type": "Claim",
      name: "Death toll: 16",
      author: { "@type": "Organization", "@id": `${ORIGIN}/actors/public-actor#entity`, name: "Public Actor" },
      appearance: [{ "@type": "NewsArticle", name: "Public Source", url: `${ORIGIN}/sources/public-source` }],
    });
  });

  it("never names an unpublished or withdrawn actor or source", () => {
    const json = JSON.stringify(nodes);
    expect(json).not.toContain("hidden-actor");
    expect(json).not.toContain("hidden-source");
    const hidden = nodes.find((n) => typeof n === "object" && n["@id"] === `${ORIGIN}/events/e#claim-toll-hidden`)!;
    expect(hidden).not.toHaveProperty("author");
    expect(hidden).not.toHaveProperty("appearance");
  });

  it("names a cited withdrawn source by its last published name, marked withdrawn, with no @id or URL", () => {
    const withdrawn = withdrawnReference({ kind: "source", slug: "gone-source", name: "Gone Source", withdrawnAt: new Date(0), reason: "Retracted" });
    const withWithdrawn: JsonLdContext = {
      ...ctx,
      targets: new Map([...ctx.targets, ["source/gone-source", { kind: "source", slug: "gone-source", title: "Gone Source", withdrawn }]]),
    };
    const [node] = claimNodes({
      ctx: withWithdrawn,
      claims: [{ ...base, id: "toll-gone", property: "fatalities", value: { type: "number", value: 18 }, citations: [{ source: "gone-source" }] }],
      about: `${ORIGIN}/events/e#entity`,
      pageUrl: `${ORIGIN}/events/e`,
    });
    expect(node).toMatchObject({ appearance: [{ "@type": "CreativeWork", name: "Gone Source (withdrawn)", creativeWorkStatus: "Withdrawn" }] });
    expect(JSON.stringify(node)).not.toContain("/sources/gone-source");
  });

  it("leaves out a claim whose value is a non-public actor, and deprecated claims", () => {
    const ids = nodes.map((n) => (typeof n === "object" ? n["@id"] : n));
    expect(ids).not.toContain(`${ORIGIN}/events/e#claim-perp-hidden`);
    expect(ids).not.toContain(`${ORIGIN}/events/e#claim-toll-old`);
  });
});

// The seeded record, every entry at its last published revision, as the reader pages build it.
const published = seedRecord.flatMap((entry) => {
  const last = entry.history.filter((r) => r.state === "published").at(-1);
  return last ? [{ kind: entry.kind, content: last.content } as { kind: EntryKindName; content: (typeof entry.history)[number]["content"] }] : [];
});
const targets = new Map<string, LinkTarget>(
  published.map(({ kind, content }) => [`${kind}/${content.slug}`, { kind, slug: content.slug, title: content.title }]),
);
const types: EntityTypes = new Map(
  published.flatMap(({ kind, content }): [string, ActorSchemaType | SourceSchemaType][] => {
    if ("nature" in content) return [[`${kind}/${content.slug}`, content.nature === "person" ? "Person" : "Organization"]];
    if ("sourceType" in content) return [[`${kind}/${content.slug}`, SOURCE_SCHEMA_TYPES[content.sourceType]]];
    return [];
  }),
);
const contextOf = (slug: string): JsonLdContext => ({ origin: ORIGIN, slug, targets, types });

function graphOf({ kind, content }: (typeof published)[number]): Graph {
  if (kind === "event") return eventJsonLd(contextOf(content.slug), content as Parameters<typeof eventJsonLd>[1]);
  if (kind === "actor") return actorJsonLd(contextOf(content.slug), content as Parameters<typeof actorJsonLd>[1]);
  return sourceJsonLd(contextOf(content.slug), content as Parameters<typeof sourceJsonLd>[1]);
}

/** Every object in a JSON-LD document, however deep. */
function objectsIn(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(objectsIn);
  if (value && typeof value === "object") return [value as Record<string, unknown>, ...Object.values(value).flatMap(objectsIn)];
  return [];
}

const mainEvent = published.find((e) => e.kind === "event" && e.content.slug === "san-miguel-del-ene-attack")!;

describe("the JSON-LD of every published entry of the seeded record", () => {
  it("covers events, actors (people and organisations) and sources", () => {
    expect(new Set(published.map((e) => e.kind))).toEqual(new Set(["event", "actor", "source"]));
    expect(published.length).toBeGreaterThan(30);
  });

  it("types every node that has an @id; a bare {@id} only points at a typed node of the same graph", () => {
    const untyped: string[] = [];
    for (const entry of published) {
      const graph = graphOf(entry);
      const objects = objectsIn(graph["@graph"]);
      const typedIds = new Set(objects.filter((o) => "@type" in o && typeof o["@id"] === "string").map((o) => o["@id"]));
      for (const node of objects) {
        if (!("@id" in node) || "@type" in node) continue;
        const isBareReference = Object.keys(node).length === 1 && typedIds.has(node["@id"]);
        if (!isBareReference) untyped.push(`${entry.content.slug}: ${JSON.stringify(node)}`);
      }
    }
    expect(untyped).toEqual([]);
  });

  it("spells each node out once, at its first mention: the main entity first, a source cited again only by its @id", () => {
    for (const entry of published) {
      const graph = graphOf(entry);
      const typed = objectsIn(graph["@graph"]).filter((o) => "@type" in o && typeof o["@id"] === "string");
      const ids = typed.map((o) => o["@id"]);
      expect(ids.length, entry.content.slug).toBe(new Set(ids).size);
      const main = graph["@graph"][entry.kind === "source" ? 1 : 0] as unknown as Record<string, unknown>;
      // The page's own entity is spelled out in full there, not reduced to a reference to a thinner mention.
      expect(main["@id"], entry.content.slug).toBe(`${ORIGIN}/${entry.kind}s/${entry.content.slug}#entity`);
      expect(main["@type"], entry.content.slug).toBeTruthy();
      expect(main.name ?? main.headline, entry.content.slug).toBe(entry.content.title);
    }
    const claims = graphOf(mainEvent)["@graph"].filter((n) => typeof n === "object" && n["@type"] === "Claim") as unknown as { appearance?: object[] }[];
    const appearances = claims.flatMap((claim) => claim.appearance ?? []);
    expect(appearances.filter((a) => "@type" in a).length).toBeGreaterThan(3);
    expect(appearances.filter((a) => !("@type" in a)).length).toBeGreaterThan(10);
  });

  it("gives the event its start with the local time and offset, and the country as its ISO code", () => {
    const event = graphOf(mainEvent)["@graph"][0] as unknown as Record<string, unknown> & { location: { address: { addressCountry: string } } };
    expect(event["@type"]).toBe("Event");
    expect(event.startDate).toBe("2021-05-23T22:00-05:00");
    expect(event.location.address.addressCountry).toBe("PE");
  });

  it("describes a source as the work it is, which the page is about: never the page's main entity, publisher an Organization", () => {
    const withPublisher = published.filter(
      (e) => e.kind === "source" && "publisher" in e.content && e.content.publisher && targets.has(`actor/${e.content.publisher}`),
    );
    expect(withPublisher.length).toBeGreaterThan(0);
    for (const entry of withPublisher) {
      const [page, work] = graphOf(entry)["@graph"] as unknown as Record<string, unknown>[];
      expect(page).toMatchObject({
        "@type": "WebPage",
        "@id": `${ORIGIN}/sources/${entry.content.slug}`,
        about: { "@id": `${ORIGIN}/sources/${entry.content.slug}#entity` },
      });
      expect(work).not.toHaveProperty("mainEntityOfPage");
      expect(work!["@id"]).toBe(`${ORIGIN}/sources/${entry.content.slug}#entity`);
      expect(work!.publisher).toMatchObject({ "@type": "Organization" });
      if ("url" in entry.content && entry.content.url) expect(work!.url).toBe(entry.content.url);
    }
    const news = withPublisher.map((e) => graphOf(e)["@graph"][1] as unknown as Record<string, unknown>).find((w) => w["@type"] === "NewsArticle");
    expect(news).toBeDefined();
  });

  it("gives a source its card as image, the published revision's date as the page's dateModified, and an author who is an entry that entry's page", () => {
    const sources = published.filter((e) => e.kind === "source");
    const publishedAt = new Date("2026-11-30T12:00:00Z");
    for (const entry of sources) {
      const card = `${ORIGIN}/sources/${entry.content.slug}/opengraph-image-td6q2h/card`;
      const ctx = contextOf(entry.content.slug);
      const [page, work] = sourceJsonLd(ctx, entry.content as Parameters<typeof sourceJsonLd>[1], { publishedAt })["@graph"] as unknown as Record<
        string,
        unknown
      >[];
      expect(page, entry.content.slug).toMatchObject({ image: card, dateModified: "2026-11-30T12:00:00.000Z" });
      expect(work, entry.content.slug).toMatchObject({ image: card });
      expect(work, entry.content.slug).not.toHaveProperty("dateModified");
    }
    const post = sources.find((e) => e.content.slug === "boluarte-putis-condolences")!;
    const [, work] = graphOf(post)["@graph"] as unknown as Record<string, unknown>[];
    expect(work!.author).toEqual([
      { "@type": "Person", "@id": `${ORIGIN}/actors/dina-boluarte#entity`, name: "Dina Boluarte", url: `${ORIGIN}/actors/dina-boluarte` },
    ]);
    // A name no entry bears stays a name.
    const actorTitles = new Set(published.filter((e) => e.kind === "actor").map((e) => e.content.title));
    const unnamed = sources.find((e) => "authors" in e.content && e.content.authors.some((name) => !actorTitles.has(name)))!;
    const name = (unnamed.content as { authors: string[] }).authors.find((n) => !actorTitles.has(n));
    const authors = (graphOf(unnamed)["@graph"][1] as unknown as { author: Record<string, unknown>[] }).author;
    expect(authors).toContainEqual({ "@type": "Person", name });
  });

  it("gives the video its card as thumbnailUrl and its publication date as uploadDate", () => {
    const video = published.find((e) => e.content.slug === "exitosa-peru-2021-05-25")!;
    const work = graphOf(video)["@graph"][1] as unknown as Record<string, unknown>;
    expect(work).toMatchObject({
      "@type": "VideoObject",
      thumbnailUrl: `${ORIGIN}/sources/exitosa-peru-2021-05-25/opengraph-image-td6q2h/card`,
      uploadDate: "2021-05-25",
      datePublished: "2021-05-25",
    });
    const article = graphOf(published.find((e) => e.content.slug === "boluarte-putis-condolences")!)["@graph"][1] as unknown as Record<string, unknown>;
    expect(article).not.toHaveProperty("thumbnailUrl");
  });

  it("names no entry that is not public, and carries no archived text", () => {
    const withoutOne = new Map(targets);
    const hiddenActor = published.find((e) => e.kind === "actor" && JSON.stringify(graphOf(mainEvent)).includes(`/actors/${e.content.slug}#entity`))!;
    withoutOne.delete(`actor/${hiddenActor.content.slug}`);
    const json = JSON.stringify(
      eventJsonLd({ origin: ORIGIN, slug: mainEvent.content.slug, targets: withoutOne, types }, mainEvent.content as Parameters<typeof eventJsonLd>[1]),
    );
    expect(json).not.toContain(`/actors/${hiddenActor.content.slug}`);
    expect(json).not.toContain(`"${hiddenActor.content.title}"`);
  });
});

describe("eventStartDate", () => {
  it("keeps the time and offset only for an exact day", () => {
    expect(eventStartDate({ start: { year: 2021, month: 5, day: 23, precision: "day" }, localTime: "22:00", utcOffset: "-05:00" })).toBe(
      "2021-05-23T22:00-05:00",
    );
    expect(eventStartDate({ start: { year: 2021, month: 5, day: 23, precision: "day" }, localTime: "22:00" })).toBe("2021-05-23T22:00");
    expect(eventStartDate({ start: { year: 2021, month: 5, day: 23, precision: "day" } })).toBe("2021-05-23");
    expect(eventStartDate({ start: { year: 2021, month: 5, precision: "month" }, localTime: "22:00", utcOffset: "-05:00" })).toBe("2021-05");
    expect(eventStartDate({ start: { precision: "unknown", note: "A Monday" } })).toBeNull();
  });
});

// Checked by the typecheck step (tsc compiles this file): the builders produce schema.org as schema-dts types it.
describe("schema-dts types", () => {
  it("types the builders' output", () => {
    const ctx = contextOf(mainEvent.content.slug);
    const documents: Graph[] = published.map(graphOf);
    const claims: ClaimNode[] = claimNodes({ ctx, claims: mainEvent.content.claims, about: "x", pageUrl: "y" });
    const author: Person | Organization | null = actorRef(ctx, "no-such-actor");
    const start: Event["startDate"] = eventStartDate({ start: { year: 2021, month: 5, day: 23, precision: "day" } }) ?? undefined;
    expectTypeOf(eventJsonLd).returns.toEqualTypeOf<Graph>();
    expectTypeOf(actorJsonLd).returns.toEqualTypeOf<Graph>();
    expectTypeOf(sourceJsonLd).returns.toEqualTypeOf<Graph>();
    expectTypeOf(claimNodes).returns.toEqualTypeOf<ClaimNode[]>();
    expect(documents.length).toBe(published.length);
    expect(claims.length).toBeGreaterThan(3);
    expect(author).toBeNull();
    expect(start).toBe("2021-05-23");
  });
});
