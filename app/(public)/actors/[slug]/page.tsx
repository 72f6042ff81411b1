import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { Backlinks } from "@/components/record/backlinks";
import { CitationList } from "@/components/record/citation-list";
import { DisagreementSection, UndisputedClaims } from "@/components/record/claims-section";
import { EntryBody, Footnotes, renderBody } from "@/components/record/entry-body";
import { EntryFooter } from "@/components/record/entry-footer";
import { EntryLink } from "@/components/record/entry-link";
import { entryMetadata } from "@/components/record/entry-metadata";
import { JsonLd } from "@/components/record/json-ld";
import { languageName } from "@/components/record/language-name";
import { actorJsonLd } from "@/components/record/structured-data";
import { formatPartialDate } from "@/lib/entries/format-date";
import { getPublishedEntry } from "@/lib/entries/get-published-entry";
import { entryPath } from "@/lib/entries/kinds";
import { getPublicLinkTargets } from "@/lib/links/get-public-link-targets";
import { listBacklinks } from "@/lib/links/list-backlinks";
import { getEntityTypes } from "@/lib/seo/get-entity-types";
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
  const { html, footnotes } = renderBody(actor.body, targets);
  const types = await getEntityTypes(targets);
  const events = backlinks.filter((b) => b.kind === "event");
  const others = backlinks.filter((b) => b.kind !== "event");
  const roles = events.filter((b) => b.relation === "participant");
  return (
    <article className="entry entry--actor">
      <JsonLd data={actorJsonLd({ origin: siteUrl(), slug: lookup.slug, targets, types }, actor)} />
      <header className="entry__header">
        <p className="entry__kind">{actor.nature === "person" ? "Person" : "Organisation"} · {actor.actorType.replace(/-/g, " ")}</p>
        <h1>{actor.title}</h1>
        {actor.aliases.length > 0 ? (
          <p className="muted">
            Also known as{" "}
            {actor.aliases.map((a, i) => (
              <span key={`${a.name}-${i}`} lang={a.lang}>
                {i > 0 ? "; " : null}
                {a.name}
                {a.lang && a.lang !== "en" ? <span className="muted"> ({languageName(a.lang)})</span> : null}
              </span>
            ))}
          </p>
        ) : null}
        {actor.description ? <p className="entry__summary">{actor.description}</p> : null}
      </header>
      <div className="entry__layout">
        <aside className="infobox" aria-labelledby="infobox-heading">
          <h2 id="infobox-heading" className="infobox__title">
            {actor.title}
          </h2>
          <dl>
            <dt>Kind</dt>
            <dd>{actor.nature === "person" ? "Person" : "Organisation"}</dd>
            <dt>Type</dt>
            <dd>{actor.actorType.replace(/-/g, " ")}</dd>
            {actor.founded ? (
              <>
                <dt>{actor.nature === "person" ? "Born" : "Founded"}</dt>
                <dd>{formatPartialDate(actor.founded)}</dd>
              </>
            ) : null}
            {actor.dissolved ? (
              <>
                <dt>{actor.nature === "person" ? "Died" : "Dissolved"}</dt>
                <dd>{formatPartialDate(actor.dissolved)}</dd>
              </>
            ) : null}
            {actor.affiliations.length > 0 ? (
              <>
                <dt>Affiliations</dt>
                <dd>
                  <ul className="infobox__list">
                    {actor.affiliations.map((a) => (
                      <li key={a.id}>
                        <span className="muted">{a.relation.replace(/-/g, " ")}</span> <EntryLink kind="actor" slug={a.actor} targets={targets} />
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
            {roles.length > 0 ? (
              <>
                <dt>In events</dt>
                <dd>
                  <ul className="infobox__list">
                    {roles.map((r) => (
                      <li key={`${r.slug}-${r.detail}`}>
                        <span className="muted">{r.detail.replace(/-/g, " ")},</span> <Link href={entryPath("event", r.slug)}>{r.title}</Link>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
            {actor.wikidataId ? (
              <>
                <dt>Wikidata</dt>
                <dd>
                  <a href={`https://www.wikidata.org/wiki/${actor.wikidataId}`} rel="noopener noreferrer">
                    {actor.wikidataId}
                  </a>
                </dd>
              </>
            ) : null}
          </dl>
        </aside>
        <div className="entry__main">
          <EntryBody html={html} />
          {actor.affiliations.length > 0 ? (
            <section aria-labelledby="affiliations-heading">
              <h2 id="affiliations-heading">Affiliations</h2>
              <ul>
                {actor.affiliations.map((a) => (
                  <li key={a.id}>
                    <span className="muted">{a.relation.replace(/-/g, " ")}</span> <EntryLink kind="actor" slug={a.actor} targets={targets} />
                    {a.start || a.end ? (
                      <span className="muted">
                        {" "}
                        ({a.start ? formatPartialDate(a.start) : "?"} – {a.end ? formatPartialDate(a.end) : ""})
                      </span>
                    ) : null}
                    {a.note ? <span className="muted"> — {a.note}</span> : null}
                    <CitationList citations={a.citations} targets={targets} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <Backlinks title="Events" backlinks={events} headingId="events-heading" />
          <DisagreementSection claims={actor.claims} targets={targets} />
          <UndisputedClaims claims={actor.claims} targets={targets} />
          <Backlinks title="Referenced by" backlinks={others} headingId="referenced-heading" />
          <Footnotes footnotes={footnotes} />
          <EntryFooter publishedAt={lookup.publishedAt} revisionNumber={lookup.revisionNumber} reviewedBy={lookup.reviewedBy} historyHref={`/actors/${lookup.slug}/history`} />
        </div>
      </div>
    </article>
  );
}
