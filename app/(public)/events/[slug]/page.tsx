import type { Metadata } from "next";
import { cache } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { renderBody } from "@/components/record/entry-body";
import { listCitedSources } from "@/lib/entries/list-cited-sources";
import { CitedSources } from "./cited-sources";
import { eventSections, TableOfContents } from "./table-of-contents";
import { CiteThisRecord } from "@/components/record/cite-this-record";
import { EntryFooter } from "@/components/record/entry-footer";
import { entryMetadata } from "@/components/record/entry-metadata";
import { JsonLd } from "@/components/record/json-ld";
import { EventView } from "@/components/record/revision-view";
import { eventJsonLd } from "@/components/record/structured-data";
import { getPublishedEntry } from "@/lib/entries/get-published-entry";
import { getPublicLinkTargets } from "@/lib/links/get-public-link-targets";
import { getEntityTypes } from "@/lib/seo/get-entity-types";
import { entryVersion } from "@/lib/open-data/cite-record";
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
  const [types, sources] = await Promise.all([getEntityTypes(targets), listCitedSources({ targets })]);
  const hasNotes = renderBody(event.body, targets).footnotes.length > 0;
  return (
    <EventView
      event={event}
      targets={targets}
      aside={<TableOfContents sections={eventSections(event, { hasNotes, hasSources: sources.length > 0 })} />}
      structuredData={<JsonLd data={eventJsonLd({ origin: siteUrl(), slug: entry.slug, targets, types }, event)} />}
      footer={
        <>
          <CitedSources sources={sources} />
          <EntryFooter
            publishedAt={entry.publishedAt}
            revisionNumber={entry.revisionNumber}
            reviewedBy={entry.reviewedBy}
            historyHref={`/events/${entry.slug}/history`}
          />
          <CiteThisRecord
            work={entryVersion({
              origin: siteUrl(),
              kindPath: "events",
              slug: entry.slug,
              title: event.title,
              revision: entry.revisionNumber,
              publishedAt: entry.publishedAt,
            })}
          />
        </>
      }
    />
  );
}
