// The schema.org Dataset that /data describes, for search engines' dataset search and citation tools.
// Pure: the page supplies the origin and the last publication time. Its name, description and licence
// are the data package's, so the two machine descriptions of the data cannot drift apart.
import type { DataDownload, Dataset, Graph } from "schema-dts";
import { dataPackage, DATA_LICENSE } from "./data-package";

export function datasetJsonLd({ origin, lastPublishedAt }: { origin: string; lastPublishedAt: Date | undefined }): Graph {
  const pkg = dataPackage({ origin });
  const organisation = { "@type": "Organization" as const, name: "Expediente", url: `${origin}/` };
  const download = (contentUrl: string, encodingFormat: string, name: string): DataDownload => ({
    "@type": "DataDownload",
    name,
    contentUrl,
    encodingFormat,
  });
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
    ...(lastPublishedAt ? { dateModified: lastPublishedAt.toISOString() } : {}),
    distribution: [
      ...pkg.resources.map((resource) => download(resource.path, resource.mediatype, resource.title)),
      download(`${origin}/data/datapackage.json`, "application/vnd.datapackage+json", "Data package (Frictionless Data Package v1)"),
    ],
  };
  return { "@context": "https://schema.org", "@graph": [dataset] };
}
