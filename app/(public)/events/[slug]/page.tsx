import type { Metadata } from "next";
import { cache } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { DisagreementSection, UndisputedClaims } from "@/components/record/claims-section";
import { EntryBody, Footnotes, renderBody } from "@/components/record/entry-body";
import { EntryFooter } from "@/components/record/entry-footer";
import { EventInfobox } from "@/components/record/event-infobox";
import { Participants, RelatedEvents, Timeline } from "@/components/record/event-sections";
import { entryMetadata } from "@/components/record/entry-metadata";
import { JsonLd } from "@/components/record/json-ld";
import { eventJsonLd } from "@/components/record/structured-data";
import { getPublishedEntry } from "@/lib/entries/get-published-entry";
import { getPublicLinkTargets } from "@/lib/links/get-public-link-targets";
import { getEntityTypes } from "@/lib/seo/get-entity-types";
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

export default async function EventPage({ params }: Props) {
  const entry = await load((await params).slug);
  const event = entry.content;
  const targets = await getPublicLinkTargets("event", event);
  const types = await getEntityTypes(targets);
  const { html, footnotes } = renderBody(event.body, targets);
  return (
    <article className="entry entry--event">
      <JsonLd data={eventJsonLd({ origin: siteUrl(), slug: entry.slug, targets, types }, event)} />
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
        {event.summary ? <p className="entry__summary">{event.summary}</p> : null}
      </header>
      <div className="entry__layout">
        <EventInfobox event={event} targets={targets} />
        <div className="entry__main">
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
