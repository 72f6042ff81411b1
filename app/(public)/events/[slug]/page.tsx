import type { Metadata } from "next";
import { cache } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { DisagreementSection, UndisputedClaims } from "@/components/record/claims-section";
import { EntryBody, Footnotes, renderBody } from "@/components/record/entry-body";
import { EntryFooter } from "@/components/record/entry-footer";
import { EventInfobox } from "@/components/record/event-infobox";
import { Participants, RelatedEvents, Timeline } from "@/components/record/event-sections";
import { JsonLd } from "@/components/record/json-ld";
import { partialDateToIso } from "@/lib/entries/format-date";
import { getPublishedEntry } from "@/lib/entries/get-published-entry";
import { getPublicLinkTargets } from "@/lib/links/get-public-link-targets";

export const dynamic = "force-dynamic";

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
  const { content } = lookup;
  return {
    title: content.title,
    description: content.summary,
    alternates: { canonical: `/events/${lookup.slug}` },
    openGraph: { type: "article", title: content.title, description: content.summary, url: `/events/${lookup.slug}` },
  };
}

export default async function EventPage({ params }: Props) {
  const entry = await load((await params).slug);
  const event = entry.content;
  const targets = await getPublicLinkTargets("event", event);
  const { html, footnotes } = renderBody(event.body, targets);
  const start = partialDateToIso(event.date.start);
  return (
    <article className="entry entry--event">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Event",
          name: event.title,
          description: event.summary,
          ...(start ? { startDate: start } : {}),
          location: {
            "@type": "Place",
            name: event.place.name,
            address: [event.place.district, event.place.province, event.place.region, event.place.country].filter(Boolean).join(", "),
            ...(event.place.latitude !== undefined ? { geo: { "@type": "GeoCoordinates", latitude: event.place.latitude, longitude: event.place.longitude } } : {}),
          },
        }}
      />
      <header className="entry__header">
        <p className="entry__kind">Event</p>
        <h1>{event.title}</h1>
        {event.aliases.length > 0 ? (
          <p className="muted">
            Also known as{" "}
            {event.aliases.map((a, i) => (
              <span key={`${a.name}-${i}`} lang={a.lang}>
                {i > 0 ? "; " : null}
                {a.name}
              </span>
            ))}
          </p>
        ) : null}
      </header>
      <div className="entry__layout">
        <EventInfobox event={event} targets={targets} />
        <div className="entry__main">
          <p className="entry__summary">{event.summary}</p>
          <EntryBody html={html} />
          <DisagreementSection claims={event.claims} targets={targets} />
          <Timeline moments={event.timeline} targets={targets} />
          <Participants participants={event.participants} targets={targets} />
          <RelatedEvents related={event.related} targets={targets} />
          <UndisputedClaims claims={event.claims} targets={targets} />
          <Footnotes footnotes={footnotes} />
          <EntryFooter publishedAt={entry.publishedAt} revisionNumber={entry.revisionNumber} reviewedBy={entry.reviewedBy} historyHref={`/events/${entry.slug}/history`} />
        </div>
      </div>
    </article>
  );
}
