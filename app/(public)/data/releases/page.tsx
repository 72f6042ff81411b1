import type { Metadata } from "next";
import Link from "next/link";
import { listReleaseFiles } from "@/lib/open-data/list-release-files";
import { pageMetadata } from "@/lib/seo/site-metadata";

export const dynamic = "force-dynamic";

export const metadata: Metadata = pageMetadata({
  title: "Releases of the open data",
  description: "Every publication is a release of the open data: its number, its time and the SHA-256 of each file, each downloadable as it stood.",
  path: "/data/releases",
});

export default async function ReleasesPage() {
  const releases = await listReleaseFiles();
  return (
    <article>
      <h1>Releases of the open data</h1>
      <p>
        Each publication is a release, numbered from 1; the newest is what <Link href="/data">/data</Link> serves. A release&apos;s files are rebuilt from the
        published revisions when asked for, the same bytes every time, so the SHA-256 below checks a copy you keep. What an editor hides or withdraws later is
        left out of every release, earlier ones too: such a release is marked <em>amended</em>, and its digests are those of the files served today. The same
        list for machines: <a href="/data/releases.json">/data/releases.json</a>.
      </p>
      {releases.length === 0 ? <p>Nothing is published yet.</p> : null}
      <table className="releases">
        <thead>
          <tr>
            <th scope="col">Release</th>
            <th scope="col">Published</th>
            <th scope="col">claims.csv</th>
            <th scope="col">record.json</th>
          </tr>
        </thead>
        <tbody>
          {releases.map((release) => (
            <tr key={release.number}>
              <td>
                <a href={release.path}>{release.number}</a>
                {release.isAmended ? <> (amended)</> : null}
              </td>
              <td>
                <time dateTime={release.releasedAt.toISOString()}>{release.releasedAt.toISOString()}</time>
              </td>
              {release.files.map((file) => (
                <td key={file.name}>
                  <a href={file.path}>{file.name}</a> <code className="hash">{file.sha256}</code>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
