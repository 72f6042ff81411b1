// /data/releases.json: the releases of the open data for machines. Pure, so a unit test can check it.
import type { ReleaseListing } from "./list-release-files";

export function releasesDocument({ origin, releases }: { origin: string; releases: ReleaseListing[] }) {
  return {
    format: "expediente-releases",
    version: 1,
    description:
      "Each publication is a release of the open data. Its files are rebuilt from the published revisions when asked for, the same bytes every time, " +
      "except that an entry hidden or withdrawn since is left out of every release (amended: true). Newest first.",
    current: releases[0]?.number ?? null,
    releases: releases.map((release) => ({
      number: release.number,
      releasedAt: release.releasedAt.toISOString(),
      url: `${origin}${release.path}`,
      amended: release.isAmended,
      files: release.files.map((file) => ({
        name: file.name,
        url: `${origin}${file.path}`,
        mediatype: file.mediatype,
        bytes: file.bytes,
        sha256: file.sha256,
      })),
    })),
  };
}
