import Link from "next/link";
import type { ReactNode } from "react";
import { Backlinks } from "@/components/record/backlinks";
import { CitationList } from "@/components/record/citation-list";
import { DisagreementSection, UndisputedClaims } from "@/components/record/claims-section";
import { EntryBody, Footnotes, renderBody } from "@/components/record/entry-body";
import { EntryLink } from "@/components/record/entry-link";
import { EventInfobox } from "@/components/record/event-infobox";
import { Participants, RelatedEvents, Timeline } from "@/components/record/event-sections";
import { languageName } from "@/components/record/language-name";
import type { PublicContentByKind, PublicEntryContent, PublicSourceContent } from "@/lib/entries/public-projection";
import { formatPartialDate } from "@/lib/entries/format-date";
import { entryPath } from "@/lib/entries/kinds";
import type { LinkTarget } from "@/lib/links/get-public-link-targets";
import type { Backlink } from "@/lib/links/list-backlinks";

/*
 * The reader's view of one revision's content, shared by the entry pages (the published revision),
 * the public revision pages (/[kind]/[slug]/history/[number]) and the studio's preview, so that what
 * a reader sees, an old revision and a preview cannot drift apart. `notice` goes above the entry
 * (old revision, preview), `footer` at its end; what is about the record now rather than about this
 * revision (backlinks, citing entries) is passed in by the page that has it.
 */

type Common = { targets: Map<string, LinkTarget>; footer?: ReactNode; notice?: ReactNode; structuredData?: ReactNode };

/** `aside` (the event page's table of contents) goes under the infobox, in the side column on wide screens. */
export function EventView({ event, targets, footer, notice, structuredData, aside }: Common & { event: PublicContentByKind["event"]; aside?: ReactNode }) {
  const { html, footnotes } = renderBody(event.body, targets);
  return (
    <article className="entry entry--event">
      {structuredData}
      {notice}
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
        {aside ? (
          <div className="entry__aside">
            <EventInfobox event={event} targets={targets} />
            {aside}
          </div>
        ) : (
          <EventInfobox event={event} targets={targets} />
        )}
        <div className="entry__main">
          {html.trim() ? (
            <div id="account">
              <EntryBody html={html} />
            </div>
          ) : null}
          <DisagreementSection claims={event.claims} targets={targets} />
          <Timeline moments={event.timeline} targets={targets} />
          <Participants participants={event.participants} targets={targets} />
          <RelatedEvents related={event.related} targets={targets} />
          <UndisputedClaims claims={event.claims} targets={targets} />
          <Footnotes footnotes={footnotes} />
          {footer}
        </div>
      </div>
    </article>
  );
}

export function ActorView({
  actor,
  targets,
  footer,
  notice,
  structuredData,
  backlinks = [],
}: Common & { actor: PublicContentByKind["actor"]; backlinks?: Backlink[] }) {
  const { html, footnotes } = renderBody(actor.body, targets);
  const events = backlinks.filter((b) => b.kind === "event");
  const others = backlinks.filter((b) => b.kind !== "event");
  const roles = events.filter((b) => b.relation === "participant");
  return (
    <article className="entry entry--actor">
      {structuredData}
      {notice}
      <header className="entry__header">
        <p className="entry__kind">
          {actor.nature === "person" ? "Person" : "Organisation"} · {actor.actorType.replace(/-/g, " ")}
        </p>
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
          {footer}
        </div>
      </div>
    </article>
  );
}

/** A source's editor-only fields (its archived full text, its list of captures) are never part of a reader's view: they are not even accepted here. */
export function SourceView({
  source,
  targets,
  footer,
  notice,
  structuredData,
  citedIn,
  captures,
}: Common & { source: PublicSourceContent; citedIn?: ReactNode; captures?: ReactNode }) {
  return (
    <article className="entry entry--source">
      {structuredData}
      {notice}
      <header className="entry__header">
        <p className="entry__kind">Source · {source.sourceType.replace(/-/g, " ")}</p>
        <h1 lang={source.language}>{source.title}</h1>
        {source.summary ? <p className="entry__summary">{source.summary}</p> : null}
      </header>
      <div className="entry__layout">
        <aside className="infobox" aria-labelledby="infobox-heading">
          <h2 id="infobox-heading" className="infobox__title">
            About this source
          </h2>
          <dl>
            {source.publisher ? (
              <>
                <dt>Publisher</dt>
                <dd>
                  <EntryLink kind="actor" slug={source.publisher} targets={targets} />
                </dd>
              </>
            ) : null}
            {source.authors.length > 0 ? (
              <>
                <dt>Authors</dt>
                <dd>{source.authors.join(", ")}</dd>
              </>
            ) : null}
            {source.published ? (
              <>
                <dt>Published</dt>
                <dd>{formatPartialDate(source.published)}</dd>
              </>
            ) : null}
            <dt>Language</dt>
            <dd>{languageName(source.language)}</dd>
            {source.originator ? (
              <>
                <dt>Information from</dt>
                <dd>
                  <EntryLink kind="actor" slug={source.originator} targets={targets} />
                  {source.originatorConnection ? <span className="muted"> ({source.originatorConnection.replace(/-/g, " ")})</span> : null}
                </dd>
              </>
            ) : null}
            {source.url ? (
              <>
                <dt>Original</dt>
                <dd>
                  <a href={source.url} rel="nofollow noopener noreferrer">
                    {new URL(source.url).hostname}
                  </a>
                </dd>
              </>
            ) : null}
            {source.archiveUrl ? (
              <>
                <dt>Archived copy</dt>
                <dd>
                  <a href={source.archiveUrl} rel="nofollow noopener noreferrer">
                    {new URL(source.archiveUrl).hostname}
                  </a>
                </dd>
              </>
            ) : null}
            {source.accessed ? (
              <>
                <dt>Accessed</dt>
                <dd>{source.accessed}</dd>
              </>
            ) : null}
          </dl>
        </aside>
        <div className="entry__main">
          {source.excerpts.length > 0 ? (
            <section aria-labelledby="excerpts-heading">
              <h2 id="excerpts-heading">Excerpts</h2>
              {source.excerpts.map((excerpt, i) => (
                <blockquote key={i} lang={source.language}>
                  <p>{excerpt.text}</p>
                  {excerpt.locator ? <footer className="excerpt__locator muted">— {excerpt.locator}</footer> : null}
                </blockquote>
              ))}
            </section>
          ) : null}
          {source.reliabilityNote ? (
            <section aria-labelledby="reliability-heading">
              <h2 id="reliability-heading">Reliability</h2>
              <p>{source.reliabilityNote}</p>
            </section>
          ) : null}
          {captures}
          {citedIn}
          <DisagreementSection claims={source.claims} targets={targets} />
          <UndisputedClaims claims={source.claims} targets={targets} />
          {footer}
        </div>
      </div>
    </article>
  );
}

/** The reader's view of any kind's content, for pages that serve all three (old revisions, previews). */
export function ContentView({ entry, ...common }: Common & { entry: PublicEntryContent }) {
  if (entry.kind === "event") return <EventView event={entry.content} {...common} />;
  if (entry.kind === "actor") return <ActorView actor={entry.content} {...common} />;
  return <SourceView source={entry.content} {...common} />;
}
