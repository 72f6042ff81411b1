import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { EntryFooter } from "@/components/record/entry-footer";
import { entryMetadata } from "@/components/record/entry-metadata";
import { JsonLd } from "@/components/record/json-ld";
import { ActorView } from "@/components/record/revision-view";
import { claimNodes, entityId, entityRef, graph, type JsonLdNode } from "@/components/record/structured-data";
import type { ActorContent } from "@/lib/entries/actor-schema";
import { partialDateToIso } from "@/lib/entries/format-date";
import { getPublishedEntry } from "@/lib/entries/get-published-entry";
import { getPublicLinkTargets, type LinkTarget } from "@/lib/links/get-public-link-targets";
import { listBacklinks } from "@/lib/links/list-backlinks";
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

// Affiliations schema.org can say: membership (of a person or an organisation) and being part of a larger body.
const MEMBER_OF = new Set(["member-of", "leader-of", "spokesperson-for"]);

function actorJsonLd(slug: string, actor: ActorContent, targets: Map<string, LinkTarget>): JsonLdNode {
  const origin = siteUrl();
  const pageUrl = `${origin}/actors/${slug}`;
  const id = entityId(origin, "actor", slug);
  const isPerson = actor.nature === "person";
  const founded = actor.founded ? partialDateToIso(actor.founded) : null;
  const dissolved = actor.dissolved ? partialDateToIso(actor.dissolved) : null;
  const memberOf = actor.affiliations
    .filter((a) => MEMBER_OF.has(a.relation))
    .map((a) => entityRef(origin, "actor", a.actor, targets))
    .filter((ref) => ref !== null);
  const parents = isPerson
    ? []
    : actor.affiliations
        .filter((a) => a.relation === "part-of")
        .map((a) => entityRef(origin, "actor", a.actor, targets))
        .filter((ref) => ref !== null);
  return graph([
    {
      "@type": isPerson ? "Person" : "Organization",
      "@id": id,
      url: pageUrl,
      mainEntityOfPage: pageUrl,
      name: actor.title,
      ...(actor.aliases.length > 0 ? { alternateName: actor.aliases.map((a) => a.name) } : {}),
      ...(actor.description ? { description: actor.description } : {}),
      ...(actor.wikidataId ? { sameAs: [`https://www.wikidata.org/wiki/${actor.wikidataId}`] } : {}),
      ...(founded ? { [isPerson ? "birthDate" : "foundingDate"]: founded } : {}),
      ...(dissolved ? { [isPerson ? "deathDate" : "dissolutionDate"]: dissolved } : {}),
      ...(memberOf.length > 0 ? { memberOf } : {}),
      ...(parents.length > 0 ? { parentOrganization: parents } : {}),
    },
    ...claimNodes({ claims: actor.claims, targets, origin, about: id, pageUrl }),
  ]);
}

export default async function ActorPage({ params }: Props) {
  const lookup = await lookupActor((await params).slug);
  if (lookup.status === "moved") permanentRedirect(`/actors/${lookup.slug}`);
  if (lookup.status !== "published") notFound();
  const actor = lookup.content;
  const [targets, backlinks] = await Promise.all([getPublicLinkTargets("actor", actor), listBacklinks(lookup.id)]);
  return (
    <ActorView
      actor={actor}
      targets={targets}
      backlinks={backlinks}
      structuredData={<JsonLd data={actorJsonLd(lookup.slug, actor, targets)} />}
      footer={<EntryFooter publishedAt={lookup.publishedAt} revisionNumber={lookup.revisionNumber} reviewedBy={lookup.reviewedBy} historyHref={`/actors/${lookup.slug}/history`} />}
    />
  );
}
