import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CiteThisRecord } from "@/components/record/cite-this-record";
import { ReleaseFiles } from "@/components/record/release-files";
import { releaseVersion } from "@/lib/open-data/cite-record";
import { DATA_LICENSE, DATA_PACKAGE_TITLE } from "@/lib/open-data/data-package";
import { findReleaseFiles } from "@/lib/open-data/list-release-files";
import { releaseNumberSchema } from "@/lib/open-data/release-number";
import { pageMetadata } from "@/lib/seo/site-metadata";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = releaseNumberSchema.safeParse((await params).number);
  if (!parsed.success) return { title: "Not found", robots: { index: false } };
  return pageMetadata({
    title: `Release ${parsed.data} of the open data`,
    description: `The published record as it stood at release ${parsed.data}: claims.csv and record.json with their SHA-256, and how to cite it.`,
    path: `/data/releases/${parsed.data}`,
  });
}

export default async function ReleasePage({ params }: Props) {
  const parsed = releaseNumberSchema.safeParse((await params).number);
  const release = parsed.success ? await findReleaseFiles(parsed.data) : null;
  if (!release) notFound();
  return (
    <article>
      <h1>Release {release.number} of the open data</h1>
      <p>
        The published record as it stood at <time dateTime={release.releasedAt.toISOString()}>{release.releasedAt.toISOString()}</time>, the time of the
        publication that made this release. {release.isAmended ? "Entries hidden or withdrawn since are left out of it (amended). " : null}
        <Link href="/data/releases">Every release</Link> · <Link href="/data">the open data</Link>.
      </p>
      <ReleaseFiles release={release} />
      <CiteThisRecord
        work={releaseVersion({
          origin: siteUrl(),
          title: DATA_PACKAGE_TITLE,
          number: release.number,
          releasedAt: release.releasedAt,
          licence: DATA_LICENSE.title,
        })}
      />
    </article>
  );
}
