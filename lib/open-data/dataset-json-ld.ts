// The schema.org Dataset that /data describes, for search engines' dataset search and citation tools.
// Pure: the page supplies the origin and the last publication time. Its name, description and licence
// are the data package's, so the two machine descriptions of the data cannot drift apart.
import type { DataDownload, Dataset, Graph } from "schema-dts";
import { dataPackage, DATA_LICENSE } from "./data-package";
import type { ReleaseListing } from "./list-release-files";

/**
 * `release` is the current one: the Dataset's version is its number and each file's SHA-256 is that
 * release's, which /data/claims.csv and /data/record.json serve byte for byte.
 */
export function datasetJsonLd({ origin, release }: { origin: string; release: ReleaseListing | null }): Graph {
  const pkg = dataPackage({ origin });
  const organisation = { "@type": "Organization" as const, name: "Expediente", url: `${origin}/` };
  const digestOf = (contentUrl: string) => release?.files.find((file) => contentUrl.endsWith(`/data/${file.name}`));
  const download = (contentUrl: string, encodingFormat: string, name: string): DataDownload => {
    const file = digestOf(contentUrl);
    return {
      "@type": "DataDownload",
      name,
      contentUrl,
      encodingFormat,
      // schema.org's MediaObject.sha256: the digest of the bytes at contentUrl.
      ...(file ? { sha256: file.sha256, contentSize: `${file.bytes} B` } : {}),
    };
  };
  const dataset: Dataset = {
    "@type": "Dataset",
    "@id": `${origin}/data#dataset`,
    name: pkg.title,
    description: pkg.description,
    url: `${origin}/data`,
    license: DATA_LICENSE.path,
    isAccessibleForFree: true,
    creator: organisation,
    publisher: organisation,
    keywords: pkg.keywords,
    ...(release ? { dateModified: release.releasedAt.toISOString(), version: String(release.number) } : {}),
    distribution: [
      ...pkg.resources.map((resource) => download(resource.path, resource.mediatype, resource.title)),
      download(`${origin}/data/datapackage.json`, "application/vnd.datapackage+json", "Data package (Frictionless Data Package v1)"),
    ],
  };
  return { "@context": "https://schema.org", "@graph": [dataset] };
}
