import type { Metadata } from "next";
import { cache } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { EntryFooter } from "@/components/record/entry-footer";
import { entryMetadata } from "@/components/record/entry-metadata";
import { JsonLd } from "@/components/record/json-ld";
import { EventView } from "@/components/record/revision-view";
import { claimNodes, entityId, entityRef, graph, type JsonLdNode } from "@/components/record/structured-data";
import type { EventContent } from "@/lib/entries/event-schema";
import { partialDateToIso } from "@/lib/entries/format-date";
import { getPublishedEntry } from "@/lib/entries/get-published-entry";
import { getPublicLinkTargets, type LinkTarget } from "@/lib/links/get-public-link-targets";
import { siteUrl } from "@/lib/site-url";

// Rendered on a reader's first request, none at build time, then served from the page cache until the
// next publication, withdrawal or hiding (docs/decisions/004-public-page-cache.md).
export const revalidate = false;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

// Metadata and page share one read per request.
const lookupEvent = cache((slug: string) => getPublishedEntry({ kind: "event", slug }));

async function load(slug: string) {
  const lookup = await lookupEvent(slug);
  if (lookup.status === "moved") permanentRedirect(`/events/${lookup.slug}`);
  if (lookup.status !== "published") notFound();
  return lookup;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lookup = await lookupEvent((await params).slug);
  if (lookup.status !== "published") return { title: "Not found", robots: { index: false } };
  return entryMetadata({
    kind: "event",
    slug: lookup.slug,
    title: lookup.content.title,
    description: lookup.content.summary,
    firstPublishedAt: lookup.firstPublishedAt,
    publishedAt: lookup.publishedAt,
  });
}

function eventJsonLd(slug: string, event: EventContent, targets: Map<string, LinkTarget>): JsonLdNode {
  const origin = siteUrl();
  const pageUrl = `${origin}/events/${slug}`;
  const id = entityId(origin, "event", slug);
  const start = partialDateToIso(event.date.start);
  const end = event.date.end ? partialDateToIso(event.date.end) : null;
  const { place } = event;
  const parents = event.related
    .filter((r) => r.relation === "part-of")
    .map((r) => entityRef(origin, "event", r.event, targets))
    .filter((ref) => ref !== null);
  return graph([
    {
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
          ...(place.country ? { addressCountry: place.country } : {}),
        },
        ...(place.latitude !== undefined && place.longitude !== undefined
          ? { geo: { "@type": "GeoCoordinates", latitude: place.latitude, longitude: place.longitude } }
          : {}),
      },
      ...(parents.length > 0 ? { superEvent: parents } : {}),
    },
    ...claimNodes({ claims: event.claims, targets, origin, about: id, pageUrl }),
  ]);
}

export default async function EventPage({ params }: Props) {
  const entry = await load((await params).slug);
  const event = entry.content;
  const targets = await getPublicLinkTargets("event", event);
  return (
    <EventView
      event={event}
      targets={targets}
      structuredData={<JsonLd data={eventJsonLd(entry.slug, event, targets)} />}
      footer={<EntryFooter publishedAt={entry.publishedAt} revisionNumber={entry.revisionNumber} reviewedBy={entry.reviewedBy} historyHref={`/events/${entry.slug}/history`} />}
    />
  );
}
