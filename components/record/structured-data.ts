// schema.org structured data for the reader pages, typed with schema-dts. Everything here is built from
// published content and the public link targets: a reference to an unpublished entry is absent from the
// targets, so it never appears as a node, a name or a URL in the JSON-LD; a cited withdrawn source appears
// as its last published name marked withdrawn, without @id or URL (its address answers 410). Every node that
// carries an @id also says what it is (@type); a bare {"@id"} only points at a node of the same graph.
import type {
  Article,
  Claim as ClaimNode,
  CreativeWork,
  DigitalDocument,
  Event,
  Graph,
  IdReference,
  NewsArticle,
  Organization,
  Person,
  ScholarlyArticle,
  SocialMediaPosting,
  Thing,
  VideoObject,
  WebPage,
} from "schema-dts";
import type { Claim } from "@/lib/claims/claim-schema";
import { formatClaimValue } from "@/lib/claims/summarize-claims";
import type { ActorContent } from "@/lib/entries/actor-schema";
import type { EntryKindName } from "@/lib/entries/common-schema";
import type { EventContent } from "@/lib/entries/event-schema";
import { partialDateToIso } from "@/lib/entries/format-date";
import { entryPath } from "@/lib/entries/kinds";
import type { PublicContentByKind } from "@/lib/entries/public-projection";
import { linkableTarget, type LinkTarget } from "@/lib/links/get-public-link-targets";
import { withdrawnLabel } from "@/lib/links/withdrawn-reference";
import { countryCode } from "@/lib/seo/country-code";
import { SOURCE_SCHEMA_TYPES, type EntityTypes, type SourceSchemaType } from "@/lib/seo/schema-types";
import { shareCardPath } from "@/lib/seo/share-card-path";
import { propertyLabel } from "./claims-section";

/** What every builder needs: the site's origin, the page's entry, the public link targets and their types. */
export type JsonLdContext = { origin: string; slug: string; targets: Map<string, LinkTarget>; types: EntityTypes };

/** The @id of the thing a page is about (the event, actor or source), distinct from the page's URL. */
export function entityId(origin: string, kind: EntryKindName, slug: string): string {
  return `${origin}${entryPath(kind, slug)}#entity`;
}

type Ref = { "@id": string; name: string; url: string };

function ref(ctx: JsonLdContext, kind: EntryKindName, slug: string): (Ref & { key: string }) | null {
  const target = linkableTarget(ctx.targets, kind, slug);
  if (!target) return null;
  return {
    key: `${kind}/${slug}`,
    "@id": entityId(ctx.origin, target.kind, target.slug),
    name: target.title,
    url: `${ctx.origin}${entryPath(target.kind, target.slug)}`,
  };
}

function withoutKey<T extends { key: string }>({ key: _key, ...rest }: T): Omit<T, "key"> {
  return rest;
}

/** A published actor as a typed node (a Person or an Organization), or null when it is not public. */
export function actorRef(ctx: JsonLdContext, slug: string): Person | Organization | null {
  const found = ref(ctx, "actor", slug);
  if (!found) return null;
  return ctx.types.get(found.key) === "Person" ? { "@type": "Person", ...withoutKey(found) } : { "@type": "Organization", ...withoutKey(found) };
}

/** Only when the actor is an organisation (memberOf, parentOrganization, a publisher must be one). */
function organizationRef(ctx: JsonLdContext, slug: string): Organization | null {
  const node = actorRef(ctx, slug);
  return node && typeof node === "object" && node["@type"] === "Organization" ? node : null;
}

function sourceNode(type: SourceSchemaType, properties: Omit<NewsArticle, "@type">): CreativeWork {
  // One branch per type: schema-dts checks each against its own interface.
  switch (type) {
    case "NewsArticle":
      return { "@type": "NewsArticle", ...properties } satisfies NewsArticle;
    case "Article":
      return { "@type": "Article", ...properties } satisfies Article;
    case "SocialMediaPosting":
      return { "@type": "SocialMediaPosting", ...properties } satisfies SocialMediaPosting;
    case "VideoObject":
      return { "@type": "VideoObject", ...properties } satisfies VideoObject;
    case "ScholarlyArticle":
      return { "@type": "ScholarlyArticle", ...properties } satisfies ScholarlyArticle;
    case "DigitalDocument":
      return { "@type": "DigitalDocument", ...properties } satisfies DigitalDocument;
    case "CreativeWork":
      return { "@type": "CreativeWork", ...properties } satisfies CreativeWork;
  }
}

/**
 * A published source as a typed node (NewsArticle, Article...); a withdrawn one as its last published name
 * marked withdrawn, with no @id or URL; null when it is not public.
 */
export function sourceRef(ctx: JsonLdContext, slug: string): CreativeWork | null {
  const withdrawn = ctx.targets.get(`source/${slug}`)?.withdrawn;
  if (withdrawn) return { "@type": "CreativeWork", name: withdrawnLabel(withdrawn), creativeWorkStatus: "Withdrawn" };
  const found = ref(ctx, "source", slug);
  if (!found) return null;
  const type = ctx.types.get(found.key);
  return sourceNode(type && type !== "Person" && type !== "Organization" ? type : "CreativeWork", withoutKey(found));
}

function eventRef(ctx: JsonLdContext, slug: string): Event | null {
  const found = ref(ctx, "event", slug);
  return found ? { "@type": "Event", ...withoutKey(found) } : null;
}

const isPresent = <T>(value: T | null): value is T => value !== null;

/**
 * Claims as schema.org `Claim`s: who asserts it (`author`), where it appears (`appearance`: the cited
 * sources), what it is about. Deprecated claims are left out (schema.org has no way to say a claim was
 * set aside; the page shows them with the reason), and so is a claim whose value names an actor that is
 * not public.
 */
export function claimNodes({ ctx, claims, about, pageUrl }: { ctx: JsonLdContext; claims: readonly Claim[]; about: string; pageUrl: string }): ClaimNode[] {
  return claims
    .filter((claim) => claim.rank !== "deprecated")
    .filter((claim) => claim.value.type !== "actor" || linkableTarget(ctx.targets, "actor", claim.value.actor))
    .map((claim): ClaimNode => {
      const value = formatClaimValue(claim.value, (slug) => linkableTarget(ctx.targets, "actor", slug)?.title ?? slug);
      const category = claim.qualifiers?.category ? ` (${claim.qualifiers.category})` : "";
      const author = claim.assertedBy ? actorRef(ctx, claim.assertedBy) : null;
      const appearance = claim.citations.map((citation) => sourceRef(ctx, citation.source)).filter(isPresent);
      const aboutRef: IdReference = { "@id": about };
      return {
        "@type": "Claim",
        "@id": `${pageUrl}#claim-${claim.id}`,
        name: `${propertyLabel(claim.property)}: ${value}${category}`,
        about: aboutRef,
        ...(author ? { author } : {}),
        ...(appearance.length > 0 ? { appearance } : {}),
        ...(claim.note ? { description: claim.note } : {}),
      };
    });
}

/**
 * Each node with an @id spelled out once, at its first mention; a later mention is a bare {"@id"} that
 * points at it. A source cited by twenty claims was written out twenty times: a third of the event
 * page's HTML was its JSON-LD.
 */
function mentionOnce(value: unknown, seen: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => mentionOnce(item, seen));
  if (!value || typeof value !== "object") return value;
  const id = "@id" in value ? value["@id"] : undefined;
  if (typeof id === "string" && "@type" in value) {
    if (seen.has(id)) return { "@id": id };
    seen.add(id);
  }
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, mentionOnce(inner, seen)]));
}

/** One JSON-LD document: the page's main entity (first) and its claims, linked by @id. */
export function graph(nodes: Thing[]): Graph {
  const seen = new Set<string>();
  return { "@context": "https://schema.org", "@graph": nodes.map((node) => mentionOnce(node, seen) as Thing) };
}

/** The event's start: the day, with the local time and its UTC offset when the sources give them. */
export function eventStartDate(date: EventContent["date"]): string | null {
  const day = partialDateToIso(date.start);
  if (!day) return null;
  if (date.start.precision !== "day" || !/^\d{4}-\d{2}-\d{2}$/.test(day) || !date.localTime) return day;
  return `${day}T${date.localTime}${date.utcOffset ?? ""}`;
}

export function eventJsonLd(ctx: JsonLdContext, event: EventContent): Graph {
  const pageUrl = `${ctx.origin}${entryPath("event", ctx.slug)}`;
  const id = entityId(ctx.origin, "event", ctx.slug);
  const start = eventStartDate(event.date);
  const end = event.date.end ? partialDateToIso(event.date.end) : null;
  const { place } = event;
  const country = place.country ? countryCode(place.country) : null;
  const parents = event.related
    .filter((r) => r.relation === "part-of")
    .map((r) => eventRef(ctx, r.event))
    .filter(isPresent);
  const node: Event = {
    "@type": "Event",
    "@id": id,
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    name: event.title,
    ...(event.aliases.length > 0 ? { alternateName: event.aliases.map((a) => a.name) } : {}),
    ...(event.summary ? { description: event.summary } : {}),
    ...(start ? { startDate: start } : {}),
    ...(end ? { endDate: end } : {}),
    location: {
      "@type": "Place",
      name: place.name,
      address: {
        "@type": "PostalAddress",
        ...(place.district ? { addressLocality: place.district } : {}),
        ...(place.region ? { addressRegion: place.region } : {}),
        ...(country ? { addressCountry: country } : {}),
      },
      ...(place.latitude !== undefined && place.longitude !== undefined
        ? { geo: { "@type": "GeoCoordinates", latitude: place.latitude, longitude: place.longitude } }
        : {}),
    },
    ...(parents.length > 0 ? { superEvent: parents } : {}),
  };
  return graph([node, ...claimNodes({ ctx, claims: event.claims, about: id, pageUrl })]);
}

// Affiliations schema.org can say: membership (of a person or an organisation) and being part of a larger body.
const MEMBER_OF = new Set(["member-of", "leader-of", "spokesperson-for"]);

export function actorJsonLd(ctx: JsonLdContext, actor: ActorContent): Graph {
  const pageUrl = `${ctx.origin}${entryPath("actor", ctx.slug)}`;
  const id = entityId(ctx.origin, "actor", ctx.slug);
  const isPerson = actor.nature === "person";
  const founded = actor.founded ? partialDateToIso(actor.founded) : null;
  const dissolved = actor.dissolved ? partialDateToIso(actor.dissolved) : null;
  const memberOf = actor.affiliations
    .filter((a) => MEMBER_OF.has(a.relation))
    .map((a) => organizationRef(ctx, a.actor))
    .filter(isPresent);
  const parents = isPerson
    ? []
    : actor.affiliations
        .filter((a) => a.relation === "part-of")
        .map((a) => organizationRef(ctx, a.actor))
        .filter(isPresent);
  const common = {
    "@id": id,
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    name: actor.title,
    ...(actor.aliases.length > 0 ? { alternateName: actor.aliases.map((a) => a.name) } : {}),
    ...(actor.description ? { description: actor.description } : {}),
    ...(actor.wikidataId ? { sameAs: [`https://www.wikidata.org/wiki/${actor.wikidataId}`] } : {}),
    ...(memberOf.length > 0 ? { memberOf } : {}),
  };
  const node: Person | Organization = isPerson
    ? { "@type": "Person", ...common, ...(founded ? { birthDate: founded } : {}), ...(dissolved ? { deathDate: dissolved } : {}) }
    : {
        "@type": "Organization",
        ...common,
        ...(founded ? { foundingDate: founded } : {}),
        ...(dissolved ? { dissolutionDate: dissolved } : {}),
        ...(parents.length > 0 ? { parentOrganization: parents } : {}),
      };
  return graph([node, ...claimNodes({ ctx, claims: actor.claims, about: id, pageUrl })]);
}

/**
 * A source page describes a work someone else published: the work is a node of its own type (a
 * NewsArticle of Ojo Público, say) with its own URL, and our page is a WebPage *about* it, so that no
 * reader or search engine takes the page for the article, or this site for its publisher.
 * Built from the public fields only: the archived full text is not even in the type.
 */
export function sourceJsonLd(ctx: JsonLdContext, source: PublicContentByKind["source"], { publishedAt }: { publishedAt?: Date } = {}): Graph {
  const pageUrl = `${ctx.origin}${entryPath("source", ctx.slug)}`;
  const id = entityId(ctx.origin, "source", ctx.slug);
  const published = source.published ? partialDateToIso(source.published) : null;
  const publisher = source.publisher ? organizationRef(ctx, source.publisher) : null;
  const card = `${ctx.origin}${shareCardPath("source", ctx.slug)}`;
  const isVideo = SOURCE_SCHEMA_TYPES[source.sourceType] === "VideoObject";
  // An author who is a published actor of the page's references (by title: authors are names) gets that actor's node and page.
  const actorsByName = new Map([...ctx.targets.values()].filter((t) => t.kind === "actor").map((t) => [t.title.toLowerCase(), t.slug]));
  const authors = source.authors.map((name): Person | Organization => {
    const actor = actorsByName.get(name.toLowerCase());
    return (actor ? actorRef(ctx, actor) : null) ?? { "@type": "Person", name };
  });
  const work = sourceNode(SOURCE_SCHEMA_TYPES[source.sourceType], {
    "@id": id,
    headline: source.title,
    name: source.title,
    ...(source.summary ? { abstract: source.summary } : {}),
    ...(published ? { datePublished: published } : {}),
    ...(source.url ? { url: source.url } : {}),
    ...(source.archiveUrl ? { archivedAt: source.archiveUrl } : {}),
    inLanguage: source.language,
    ...(authors.length > 0 ? { author: authors } : {}),
    ...(publisher ? { publisher } : {}),
    // The card depicts the work as the record describes it (title, publisher, date), so it is the work's image too.
    image: card,
    // A video's card stands for its thumbnail, and its publication is its upload (both asked of a VideoObject).
    ...(isVideo ? { thumbnailUrl: card, ...(published ? { uploadDate: published } : {}) } : {}),
  });
  // The published revision's date is when our page changed, not the work: dateModified on the work would say the publisher edited it.
  const page: WebPage = {
    "@type": "WebPage",
    "@id": pageUrl,
    url: pageUrl,
    name: source.title,
    inLanguage: "en",
    about: { "@id": id },
    image: card,
    ...(publishedAt ? { dateModified: publishedAt.toISOString() } : {}),
    ...(source.summary ? { description: source.summary } : {}),
  };
  return graph([page, work, ...claimNodes({ ctx, claims: source.claims, about: id, pageUrl })]);
}
