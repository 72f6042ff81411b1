import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { CiteThisRecord } from "@/components/record/cite-this-record";
import { EntryFooter } from "@/components/record/entry-footer";
import { entryMetadata } from "@/components/record/entry-metadata";
import { JsonLd } from "@/components/record/json-ld";
import { ActorView } from "@/components/record/revision-view";
import { actorJsonLd } from "@/components/record/structured-data";
import { getPublishedEntry } from "@/lib/entries/get-published-entry";
import { getPublicLinkTargets } from "@/lib/links/get-public-link-targets";
import { listBacklinks } from "@/lib/links/list-backlinks";
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
const lookupActor = cache((slug: string) => getPublishedEntry({ kind: "actor", slug }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lookup = await lookupActor((await params).slug);
  if (lookup.status !== "published") return { title: "Not found", robots: { index: false } };
  return entryMetadata({
    kind: "actor",
    slug: lookup.slug,
    title: lookup.content.title,
    description: lookup.content.description,
    profile: lookup.content.nature === "person",
    firstPublishedAt: lookup.firstPublishedAt,
    publishedAt: lookup.publishedAt,
  });
}

export default async function ActorPage({ params }: Props) {
  const lookup = await lookupActor((await params).slug);
  if (lookup.status === "moved") permanentRedirect(`/actors/${lookup.slug}`);
  if (lookup.status !== "published") notFound();
  const actor = lookup.content;
  const [targets, backlinks] = await Promise.all([getPublicLinkTargets("actor", actor), listBacklinks(lookup.id)]);
  const types = await getEntityTypes(targets);
  return (
    <ActorView
      actor={actor}
      targets={targets}
      backlinks={backlinks}
      structuredData={<JsonLd data={actorJsonLd({ origin: siteUrl(), slug: lookup.slug, targets, types }, actor)} />}
      footer={
        <>
          <EntryFooter
            publishedAt={lookup.publishedAt}
            revisionNumber={lookup.revisionNumber}
            reviewedBy={lookup.reviewedBy}
            historyHref={`/actors/${lookup.slug}/history`}
          />
          <CiteThisRecord
            work={entryVersion({
              origin: siteUrl(),
              kindPath: "actors",
              slug: lookup.slug,
              title: actor.title,
              revision: lookup.revisionNumber,
              publishedAt: lookup.publishedAt,
            })}
          />
        </>
      }
    />
  );
}
