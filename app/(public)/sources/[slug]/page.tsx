import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { PublicCaptures } from "@/components/captures/public-captures";
import { CitedIn, type CitingEntry } from "@/components/record/cited-in";
import { propertyLabel } from "@/components/record/claims-section";
import { CiteThisRecord } from "@/components/record/cite-this-record";
import { EntryFooter } from "@/components/record/entry-footer";
import { entryMetadata } from "@/components/record/entry-metadata";
import { JsonLd } from "@/components/record/json-ld";
import { SourceView } from "@/components/record/revision-view";
import { sourceJsonLd } from "@/components/record/structured-data";
import { listPublicSourceCaptures } from "@/lib/captures/get-public-capture";
import { getPublishedEntry } from "@/lib/entries/get-published-entry";
import { getPublicLinkTargets } from "@/lib/links/get-public-link-targets";
import { getPublishedActorsNamed } from "@/lib/links/get-published-actors-named";
import { listBacklinks, type Backlink } from "@/lib/links/list-backlinks";
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
const lookupSource = cache((slug: string) => getPublishedEntry({ kind: "source", slug }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lookup = await lookupSource((await params).slug);
  if (lookup.status !== "published") return { title: "Not found", robots: { index: false } };
  return entryMetadata({
    kind: "source",
    slug: lookup.slug,
    title: lookup.content.title,
    description: lookup.content.summary,
    firstPublishedAt: lookup.firstPublishedAt,
    publishedAt: lookup.publishedAt,
  });
}

// Entries whose claims are read to show which of them rest on this source; beyond, only the entry is listed.
const CITING_ENTRIES_READ = 30;

/** The published entries citing this source, each with the claims that cite it (backlinks hold published entries only). */
async function loadCitingEntries(sourceSlug: string, backlinks: Backlink[]): Promise<CitingEntry[]> {
  const groups = new Map<string, { kind: Backlink["kind"]; slug: string; title: string; details: Set<string> }>();
  for (const link of backlinks) {
    const key = `${link.kind}/${link.slug}`;
    const group = groups.get(key) ?? { kind: link.kind, slug: link.slug, title: link.title, details: new Set<string>() };
    group.details.add(link.detail);
    groups.set(key, group);
  }
  return Promise.all(
    [...groups.values()].map(async (group, index) => {
      const lookup = index < CITING_ENTRIES_READ ? await getPublishedEntry({ kind: group.kind, slug: group.slug }) : null;
      const claims = lookup?.status === "published" ? lookup.content.claims.filter((c) => c.citations.some((citation) => citation.source === sourceSlug)) : [];
      const elsewhere: string[] = [];
      if (group.details.has("body")) elsewhere.push("the text");
      if (group.details.has("")) elsewhere.push(group.kind === "event" ? "the participants or timeline" : "the affiliations");
      const uncounted = [...group.details].filter((d) => d && d !== "body" && !claims.some((c) => c.property === d));
      if (uncounted.length > 0) elsewhere.push(`claims on ${uncounted.map(propertyLabel).join(", ").toLowerCase()}`);
      return { kind: group.kind, slug: group.slug, title: group.title, claims, elsewhere };
    }),
  );
}

export default async function SourcePage({ params }: Props) {
  const lookup = await lookupSource((await params).slug);
  if (lookup.status === "moved") permanentRedirect(`/sources/${lookup.slug}`);
  if (lookup.status !== "published") notFound();
  // Public fields only: the data layer leaves the archived full text in the studio.
  const source = lookup.content;
  const citing = await loadCitingEntries(lookup.slug, await listBacklinks(lookup.id));
  // One lookup for every actor and source this page names: its own references and those of the citing claims.
  const targets = await getPublicLinkTargets("source", { ...lookup.content, claims: [...lookup.content.claims, ...citing.flatMap((e) => e.claims)] });
  // Authors are names; those the record has an actor for link to it (JSON-LD author.url).
  for (const actor of await getPublishedActorsNamed(source.authors)) targets.set(`actor/${actor.slug}`, actor);
  const types = await getEntityTypes(targets);
  const captures = await listPublicSourceCaptures({ entryId: lookup.id });
  return (
    <SourceView
      source={source}
      targets={targets}
      structuredData={<JsonLd data={sourceJsonLd({ origin: siteUrl(), slug: lookup.slug, targets, types }, source, { publishedAt: lookup.publishedAt })} />}
      captures={captures.length > 0 ? <PublicCaptures captures={captures} /> : null}
      citedIn={<CitedIn entries={citing} sourceSlug={lookup.slug} targets={targets} />}
      footer={
        <>
          <EntryFooter
            publishedAt={lookup.publishedAt}
            revisionNumber={lookup.revisionNumber}
            reviewedBy={lookup.reviewedBy}
            historyHref={`/sources/${lookup.slug}/history`}
          />
          <CiteThisRecord
            work={entryVersion({
              origin: siteUrl(),
              kindPath: "sources",
              slug: lookup.slug,
              title: source.title,
              revision: lookup.revisionNumber,
              publishedAt: lookup.publishedAt,
            })}
          />
        </>
      }
    />
  );
}
