// The machine description of the open data, fetched from a production build as a data tool or a
// dataset search engine would: /data/datapackage.json against the official Frictionless profiles,
// the real claims.csv against its Table Schema, and the Dataset JSON-LD and licence links on /data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPublishedChanges } from "@/lib/revisions/list-published-changes";
import type { Actor } from "@/lib/users/permissions";
import { errorsOf, tableErrors, validators, type TableSchema } from "@/test/fixtures/frictionless/validate-frictionless";
import { startAppServer, type AppServer } from "./app-server";
import { actorContent, createEntry, makeActor, publish, uniqueSlug } from "./fixtures";

let app: AppServer;
let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  [app, editor, reviewer] = await Promise.all([startAppServer(3333), makeActor("EDITOR"), makeActor("REVIEWER")]);
});
afterAll(() => app?.stop());

type Package = { resources: { name: string; path: string; schema?: TableSchema }[]; licenses: { name: string; path: string }[] };

async function datasetOf(): Promise<Record<string, unknown>> {
  const response = await fetch(`${app.url}/data`);
  expect(response.status).toBe(200);
  const html = await response.text();
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1]!) as { "@graph": Record<string, unknown>[] },
  );
  const datasets = scripts.flatMap((s) => s["@graph"]).filter((node) => node["@type"] === "Dataset");
  expect(datasets).toHaveLength(1);
  return datasets[0]!;
}

describe("the data package", () => {
  it("is served like the other /data files and validates against the Data Package profile", async () => {
    const [response, csvResponse] = await Promise.all([fetch(`${app.url}/data/datapackage.json`), fetch(`${app.url}/data/claims.csv`)]);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe(csvResponse.headers.get("cache-control"));
    // Revalidated by the front door as the other public answers are: an ETag exactly when claims.csv has one.
    expect(Boolean(response.headers.get("etag"))).toBe(Boolean(csvResponse.headers.get("etag")));
    await csvResponse.body?.cancel();
    const pkg = (await response.json()) as Package;
    expect(errorsOf(validators.dataPackage, pkg)).toEqual([]);
    const claims = pkg.resources.find((r) => r.name === "claims")!;
    expect(errorsOf(validators.tabularDataResource, claims)).toEqual([]);
    expect(errorsOf(validators.tableSchema, claims.schema)).toEqual([]);
    expect(pkg.resources.map((r) => new URL(r.path).pathname)).toEqual(["/data/claims.csv", "/data/record.json"]);
    expect(pkg.licenses[0]).toMatchObject({ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/" });
  });

  it("describes the published claims.csv exactly: every row validates against its Table Schema", async () => {
    const pkg = (await (await fetch(`${app.url}/data/datapackage.json`)).json()) as Package;
    const schema = pkg.resources.find((r) => r.name === "claims")!.schema!;
    const csv = await (await fetch(`${app.url}/data/claims.csv`)).text();
    expect(csv.split("\r\n").length).toBeGreaterThan(10);
    expect(tableErrors(csv, schema)).toEqual([]);
  });
});

describe("/data for machines", () => {
  it("links the licence with rel=license, in the head and in the text, and links the data package", async () => {
    const html = await (await fetch(`${app.url}/data`)).text();
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toContain('<link rel="license" href="https://creativecommons.org/licenses/by/4.0/"');
    expect(html).toMatch(/<a href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/" rel="license">/);
    expect(html).toContain('<a href="/data/datapackage.json">');
  });

  it("carries a Dataset with licence, creator and a DataDownload per file, modified at the last publication", async () => {
    const slug = uniqueSlug("dataset-modified");
    const { entryId } = await createEntry("actor", actorContent(slug), editor);
    await publish(entryId, reviewer);
    const [last] = await listPublishedChanges({ limit: 1 });
    const dataset = await datasetOf();
    expect(dataset).toMatchObject({
      name: expect.stringContaining("Expediente"),
      description: expect.any(String),
      license: "https://creativecommons.org/licenses/by/4.0/",
      url: `${new URL(dataset.url as string).origin}/data`,
      creator: { "@type": "Organization", name: "Expediente" },
      publisher: { "@type": "Organization", name: "Expediente" },
      dateModified: last!.publishedAt.toISOString(),
    });
    const downloads = dataset.distribution as { "@type": string; contentUrl: string; encodingFormat: string }[];
    expect(downloads.map((d) => [d["@type"], new URL(d.contentUrl).pathname, d.encodingFormat])).toEqual([
      ["DataDownload", "/data/claims.csv", "text/csv"],
      ["DataDownload", "/data/record.json", "application/json"],
      ["DataDownload", "/data/datapackage.json", "application/vnd.datapackage+json"],
    ]);
    for (const download of downloads) expect((await fetch(`${app.url}${new URL(download.contentUrl).pathname}`, { method: "HEAD" })).status).toBe(200);
  });
});
