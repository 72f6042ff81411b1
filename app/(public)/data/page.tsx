import type { Metadata } from "next";
import Link from "next/link";
import { CiteThisRecord } from "@/components/record/cite-this-record";
import { JsonLd } from "@/components/record/json-ld";
import { ReleaseFiles } from "@/components/record/release-files";
import { CLAIM_ROW_FIELDS } from "@/lib/open-data/claim-rows";
import { releaseVersion } from "@/lib/open-data/cite-record";
import { DATA_LICENSE, DATA_PACKAGE_TITLE } from "@/lib/open-data/data-package";
import { datasetJsonLd } from "@/lib/open-data/dataset-json-ld";
import { currentReleaseFiles } from "@/lib/open-data/list-release-files";
import { siteUrl } from "@/lib/site-url";
import { pageMetadata } from "@/lib/seo/site-metadata";

export const dynamic = "force-dynamic";

export const metadata: Metadata = pageMetadata({
  title: "Open data",
  description: "The published record's claims as a dataset (CSV and JSON), field by field, with its licence.",
  path: "/data",
});

const RECORD_FIELDS: { name: string; meaning: string }[] = [
  { name: "format, version", meaning: '"expediente-record" and the version of this document\'s shape (2)' },
  {
    name: "release, releasedAt",
    meaning: "The release the file is (see Releases below) and the time of its publication (ISO 8601, UTC); null before the first",
  },
  { name: "entries[].kind", meaning: "events, actors or sources: the API's path words" },
  { name: "entries[].slug, url", meaning: "The entry's slug and its public path" },
  { name: "entries[].title", meaning: "Title in the published revision" },
  { name: "entries[].revision", meaning: "Number of the published revision; earlier ones are at <url>/history" },
  { name: "entries[].publishedAt, firstPublishedAt", meaning: "When this revision, and the entry's first, were published" },
  {
    name: "entries[].content",
    meaning:
      "The published revision's content, as the API's EventContent, ActorContent or SourceContent (see /api/openapi.json); claims with their citations included",
  },
];

export default async function OpenDataPage() {
  // Each publication is a release: the files here are the newest one's, which the Dataset's version and digests name.
  const release = await currentReleaseFiles();
  const origin = siteUrl();
  return (
    <article>
      <JsonLd data={datasetJsonLd({ origin, release })} />
      {/* React hoists this to the head: the page's licence for machines, as the link below is for readers. */}
      <link rel="license" href={DATA_LICENSE.path} />
      <h1>Open data</h1>
      <p>
        The published record is open data. Every file below holds published revisions only: drafts, changes awaiting review, withdrawn entries and the archived
        full text of sources are never in it. Each file is produced from the record when you ask for it.
      </p>
      {release ? (
        <>
          <p>
            The files below are <a href={release.path}>release {release.number}</a>, the record as published at{" "}
            <time dateTime={release.releasedAt.toISOString()}>{release.releasedAt.toISOString()}</time>. Earlier releases stay downloadable:{" "}
            <Link href="/data/releases">every release</Link>.
          </p>
          <ReleaseFiles release={release} />
          <CiteThisRecord
            work={releaseVersion({ origin, title: DATA_PACKAGE_TITLE, number: release.number, releasedAt: release.releasedAt, licence: DATA_LICENSE.title })}
          />
        </>
      ) : (
        <p>Nothing is published yet: the files are empty until the first publication.</p>
      )}
      <p>
        <strong>Licence:</strong> the data is published under the{" "}
        <a href={DATA_LICENSE.path} rel="license">
          {DATA_LICENSE.title}
        </a>
        : reuse it with credit to Expediente and a link to the entry. Quotes remain their authors&apos; and are given only as short citations.
      </p>

      <h2 id="claims-csv">
        Claims: <a href="/data/claims.csv">/data/claims.csv</a>
      </h2>
      <p>
        UTF-8 CSV (RFC 4180, comma-separated, header row, CRLF line ends). One row per claim and citation: a claim cited by three sources gives three rows with
        the same <code>claim_id</code>. Cells that a spreadsheet would run as a formula (starting with <code>=</code>, <code>+</code>, <code>-</code> or{" "}
        <code>@</code>) start with an apostrophe. Dates are given twice: as readers see them (<code>value</code>) and in ISO 8601 only as precise as the sources
        (<code>value_iso</code>, <code>as_of</code>: <code>2021-05-23</code>, <code>2021-05</code> or <code>2014</code>) with their precision beside them; read
        those columns as text (pandas: <code>dtype=str</code>, or load the data package), or a year becomes a number.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {CLAIM_ROW_FIELDS.map((f) => (
            <tr key={f.name}>
              <td>
                <code>{f.name}</code>
              </td>
              <td>{f.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 id="datapackage-json">
        Data package: <a href="/data/datapackage.json">/data/datapackage.json</a>
      </h2>
      <p>
        A <a href="https://specs.frictionlessdata.io/data-package/">Frictionless Data Package</a> (v1) describing the files here: their licence, and the columns
        of <code>claims.csv</code> as a Table Schema (types, descriptions, primary key; an empty cell is a missing value). Tools such as frictionless, pandas
        readers and R&apos;s frictionless package load the data with it.
      </p>

      <h2 id="releases">
        Releases: <Link href="/data/releases">/data/releases</Link>
      </h2>
      <p>
        Each publication is a release of the open data, numbered from 1. The record as it stood at release <var>n</var> is at{" "}
        <code>/data/releases/n/claims.csv</code> and <code>/data/releases/n/record.json</code>: the same bytes every time, rebuilt from the published revisions,
        with the SHA-256 of each file in the list and in <a href="/data/releases.json">/data/releases.json</a>. An entry hidden or withdrawn since is left out
        of every release, earlier ones too; the list marks such a release as amended.
      </p>

      <h2 id="claims-api">
        Claims API: <code>/api/v1/claims</code>
      </h2>
      <p>
        The same claims as JSON, one object per claim with its citations nested, in pages: <code>?limit=</code> (1–500, default 100) and <code>?cursor=</code>{" "}
        from the previous page&apos;s <code>nextCursor</code> (null on the last page). Described in the <a href="/api/openapi.json">OpenAPI document</a>.
      </p>

      <h2 id="record-json">
        The whole record: <a href="/data/record.json">/data/record.json</a>
      </h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {RECORD_FIELDS.map((f) => (
            <tr key={f.name}>
              <td>
                <code>{f.name}</code>
              </td>
              <td>{f.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        For one printable, cited document of the same record see the <Link href="/dossier">dossier</Link>.
      </p>
    </article>
  );
}
