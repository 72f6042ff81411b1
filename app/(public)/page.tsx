import type { Metadata } from "next";
import Link from "next/link";
import { Timestamp } from "@/components/ui/timestamp";
import { summarizeClaims } from "@/lib/claims/summarize-claims";
import { formatEventDate } from "@/lib/entries/format-date";
import { getFeaturedEvent } from "@/lib/entries/get-featured-event";
import { entryPath, KIND_LABELS, KIND_PATHS } from "@/lib/entries/kinds";
import { listPublishedEntries } from "@/lib/entries/list-published-entries";
import { listPublishedChanges } from "@/lib/revisions/list-published-changes";
import { siteSocialMetadata } from "@/lib/seo/site-metadata";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { alternates: { canonical: "/" }, ...siteSocialMetadata("/") };

export default async function HomePage() {
  const [featured, changes, entries] = await Promise.all([getFeaturedEvent(), listPublishedChanges({ limit: 8 }), listPublishedEntries()]);
  const toll = featured ? summarizeClaims(featured.content.claims).find((s) => s.property === "fatalities") : undefined;
  const counts = (["event", "actor", "source"] as const).map((kind) => ({ kind, count: entries.filter((e) => e.kind === kind).length }));
  return (
    <>
      {featured ? (
        <section aria-labelledby="lead-heading" className="lead">
          <p className="entry__kind">The record</p>
          <h1 id="lead-heading">
            <Link href={entryPath("event", featured.slug)}>{featured.content.title}</Link>
          </h1>
          <p className="lead__summary">{featured.content.summary}</p>
          <dl className="key-facts">
            <div>
              <dt>When</dt>
              <dd>{formatEventDate(featured.content.date)}</dd>
            </div>
            <div>
              <dt>Where</dt>
              <dd>{[featured.content.place.name, featured.content.place.region, featured.content.place.country].filter(Boolean).join(", ")}</dd>
            </div>
            {toll?.numeric ? (
              <div>
                <dt>Deaths reported</dt>
                <dd>
                  {toll.numeric.low === toll.numeric.high ? toll.numeric.low : `${toll.numeric.low} to ${toll.numeric.high}`}
                  {toll.isDisputed ? (
                    <>
                      {" "}
                      <Link href={`${entryPath("event", featured.slug)}#disputed-fatalities`} className="badge badge--disputed">
                        sources disagree
                      </Link>
                    </>
                  ) : null}
                </dd>
              </div>
            ) : null}
          </dl>
          <p>
            <Link className="button" href={entryPath("event", featured.slug)}>
              Read the record
            </Link>
          </p>
        </section>
      ) : (
        <h1>The record</h1>
      )}
      <div className="home-columns">
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading">Latest published changes</h2>
          <ul className="change-list">
            {changes.map((change) => (
              <li key={change.id}>
                <Link href={entryPath(change.kind, change.slug)}>{change.title}</Link>{" "}
                <span className="muted">
                  · revision {change.number} · <Timestamp date={change.publishedAt} style="date" />
                </span>
                <div className="muted">{change.summary}</div>
              </li>
            ))}
          </ul>
          <p>
            <Link href="/feed.xml">Subscribe to the feed</Link>
          </p>
        </section>
        <section aria-labelledby="index-heading">
          <h2 id="index-heading">In the record</h2>
          <ul>
            {counts.map(({ kind, count }) => (
              <li key={kind}>
                <Link href={`/${KIND_PATHS[kind]}`}>{KIND_LABELS[kind].many}</Link> <span className="muted">({count})</span>
              </li>
            ))}
          </ul>
          <ul className="entry-index entry-index--compact">
            {entries
              .filter((e) => e.kind === "event")
              .map((e) => (
                <li key={e.id}>
                  <Link href={entryPath("event", e.slug)}>{e.title}</Link>
                </li>
              ))}
          </ul>
        </section>
      </div>
    </>
  );
}
