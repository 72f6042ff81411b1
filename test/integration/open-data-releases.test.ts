// Releases of the open data (docs/decisions/014-dataset-releases.md), fetched from a production build as
// a researcher would: a release taken before a publication downloads byte-identical afterwards and
// differs from the current one; drafts never reach a release; a hidden revision leaves every release.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claim } from "@/lib/claims/claim-schema";
import { db } from "@/lib/db";
import { hideRevision } from "@/lib/revisions/hide-revision";
import { saveRevision } from "@/lib/revisions/save-revision";
import type { Actor } from "@/lib/users/permissions";
import { startAppServer, type AppServer } from "./app-server";
import { actorContent, createEntry, makeActor, publish, sourceContent, uniqueSlug } from "./fixtures";

let app: AppServer;
let editor: Actor;
let reviewer: Actor;
let admin: Actor;

beforeAll(async () => {
  [app, editor, reviewer, admin] = await Promise.all([startAppServer(3500), makeActor("EDITOR"), makeActor("REVIEWER"), makeActor("ADMIN")]);
});
afterAll(() => app?.stop());

type ReleasesJson = {
  current: number | null;
  releases: { number: number; releasedAt: string; url: string; amended: boolean; files: { name: string; url: string; sha256: string; bytes: number }[] }[];
};

const claimOf = (id: string, text: string, source: string): Claim => ({
  id,
  property: "role",
  value: { type: "text", text },
  nature: "asserted",
  rank: "normal",
  citations: [{ source }],
});

async function bytes(path: string): Promise<Buffer> {
  const response = await fetch(`${app.url}${path}`);
  expect(response.status, path).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

async function releases(): Promise<ReleasesJson> {
  const response = await fetch(`${app.url}/data/releases.json`);
  expect(response.status).toBe(200);
  return (await response.json()) as ReleasesJson;
}

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

describe("releases of the open data", { timeout: 180_000 }, () => {
  const word = `Releaseword${Date.now()}`;
  const slug = uniqueSlug("release-actor");
  const sourceSlug = uniqueSlug("release-source");
  let entryId = "";
  let before = 0;
  let csvBefore: Buffer;
  let jsonBefore: Buffer;

  it("makes each publication a release, and serves the newest at /data/claims.csv byte for byte", async () => {
    const source = await createEntry("source", sourceContent(sourceSlug), editor);
    await publish(source.entryId, reviewer);
    const created = await createEntry("actor", actorContent(slug, { claims: [claimOf("role", `First ${word}`, sourceSlug)] }), editor);
    entryId = created.entryId;
    await publish(entryId, reviewer);
    const list = await releases();
    before = list.current!;
    expect(list.releases[0]!.number).toBe(before);
    [csvBefore, jsonBefore] = await Promise.all([bytes(`/data/releases/${before}/claims.csv`), bytes(`/data/releases/${before}/record.json`)]);
    expect(csvBefore.toString()).toContain(`First ${word}`);
    expect(await bytes("/data/claims.csv")).toEqual(csvBefore);
    expect(await bytes("/data/record.json")).toEqual(jsonBefore);
    // The list's digests are those of the bytes served.
    const files = Object.fromEntries(list.releases[0]!.files.map((f) => [f.name, f]));
    expect(files["claims.csv"]).toMatchObject({ sha256: sha256(csvBefore), bytes: csvBefore.length });
    expect(files["record.json"]).toMatchObject({ sha256: sha256(jsonBefore), bytes: jsonBefore.length });
    const record = JSON.parse(jsonBefore.toString()) as { version: number; release: number; releasedAt: string; entries: { kind: string; slug: string }[] };
    expect(record).toMatchObject({ version: 2, release: before, releasedAt: list.releases[0]!.releasedAt });
    expect(record.entries.find((e) => e.slug === slug)?.kind).toBe("actors");
  });

  it("keeps a release byte-identical after a later publication, which makes a new release; drafts reach none", async () => {
    // A draft on the published entry and an entry never published: neither is a release nor in one.
    const latest = await db().entry.findUniqueOrThrow({ where: { id: entryId }, select: { latestRevisionId: true } });
    const draft = await saveRevision({
      actor: editor,
      kind: "actor",
      entryId,
      baseRevisionId: latest.latestRevisionId!,
      content: actorContent(slug, { claims: [claimOf("role", `Second ${word}`, sourceSlug)] }),
      summary: "Second wording",
    });
    expect(draft.ok).toBe(true);
    const draftOnly = uniqueSlug("release-draft");
    await createEntry("actor", actorContent(draftOnly, { claims: [claimOf("draft", `Neverpublished ${word}`, sourceSlug)] }), editor);
    expect((await releases()).current).toBe(before);
    expect(await bytes("/data/claims.csv")).toEqual(csvBefore);

    await publish(entryId, reviewer);
    const after = await releases();
    expect(after.current).toBe(before + 1);
    const [csvAgain, jsonAgain] = await Promise.all([bytes(`/data/releases/${before}/claims.csv`), bytes(`/data/releases/${before}/record.json`)]);
    expect(sha256(csvAgain)).toBe(sha256(csvBefore));
    expect(sha256(jsonAgain)).toBe(sha256(jsonBefore));
    const current = await bytes("/data/claims.csv");
    expect(sha256(current)).not.toBe(sha256(csvBefore));
    expect(current.toString()).toContain(`Second ${word}`);
    expect(current).toEqual(await bytes(`/data/releases/${before + 1}/claims.csv`));
    // The earlier release is listed with the same digests as before the publication.
    expect(after.releases.find((r) => r.number === before)!.files.find((f) => f.name === "claims.csv")!.sha256).toBe(sha256(csvBefore));
    for (const release of after.releases.slice(0, 3)) {
      for (const file of release.files) {
        const text = (await bytes(new URL(file.url).pathname)).toString();
        expect(text, file.url).not.toContain(`Neverpublished ${word}`);
        expect(text, file.url).not.toContain(draftOnly);
      }
    }
  });

  it("leaves a revision hidden later out of every release that held it, marked amended; others stay as they were", async () => {
    // The published revision cannot be hidden: a third one replaces it first, then the second is hidden.
    const latest = await db().entry.findUniqueOrThrow({ where: { id: entryId }, select: { latestRevisionId: true } });
    const third = await saveRevision({
      actor: editor,
      kind: "actor",
      entryId,
      baseRevisionId: latest.latestRevisionId!,
      content: actorContent(slug, { claims: [claimOf("role", `Third ${word}`, sourceSlug)] }),
      summary: "Third wording",
    });
    expect(third.ok).toBe(true);
    await publish(entryId, reviewer);
    const thirdRelease = before + 2;
    const thirdCsv = await bytes(`/data/releases/${thirdRelease}/claims.csv`);
    // Other tests' hidden revisions and withdrawals may already amend it: the hiding here must not change that.
    const thirdWasAmended = (await releases()).releases.find((r) => r.number === thirdRelease)!.amended;
    const second = await db().revision.findFirstOrThrow({ where: { entryId, number: 2 }, select: { id: true } });
    await hideRevision({ actor: admin, revisionId: second.id, reason: "Personal data" });

    const list = await releases();
    expect(list.current).toBe(thirdRelease);
    const amended = list.releases.find((r) => r.number === before + 1)!;
    const amendedCsv = (await bytes(`/data/releases/${before + 1}/claims.csv`)).toString();
    expect(amendedCsv).not.toContain(`Second ${word}`);
    expect(amendedCsv).not.toContain(slug); // the entry is left out, not shown at an older revision
    expect(amended.amended).toBe(true);
    expect(amended.files.find((f) => f.name === "claims.csv")!.sha256).toBe(sha256(Buffer.from(amendedCsv)));
    // The releases around it held revisions 1 and 3, which stay public: unchanged, and not amended.
    expect(await bytes(`/data/releases/${before}/claims.csv`)).toEqual(csvBefore);
    expect(await bytes(`/data/releases/${thirdRelease}/claims.csv`)).toEqual(thirdCsv);
    expect(list.releases.find((r) => r.number === thirdRelease)!.amended).toBe(thirdWasAmended);
    expect(thirdCsv.toString()).toContain(`Third ${word}`);
    expect((await bytes("/data/record.json")).toString()).not.toContain(`Second ${word}`);
  });

  it("answers a release that does not exist, or is not a number, with 404", async () => {
    const { current } = await releases();
    for (const path of [
      `/data/releases/${current! + 1}/claims.csv`,
      "/data/releases/0/record.json",
      "/data/releases/01/claims.csv",
      "/data/releases/x/claims.csv",
    ]) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status, path).toBe(404);
      await response.body?.cancel();
    }
    expect((await fetch(`${app.url}/data/releases/${current! + 1}`)).status).toBe(404);
  });
});

describe("release pages and citations", { timeout: 180_000 }, () => {
  it("lists the releases on /data/releases and gives each a page that cites it", async () => {
    const { current } = await releases();
    const list = await (await fetch(`${app.url}/data/releases`)).text();
    expect(list).toContain(`href="/data/releases/${current}"`);
    expect(list).toContain(`href="/data/releases/${current}/claims.csv"`);
    const page = await (await fetch(`${app.url}/data/releases/${current}`)).text();
    expect(page).toContain("<details");
    expect(page).toContain(`@misc{expediente-data-release-${current},`);
    expect(page).toContain(`/data/releases/${current}</a>`);
  });

  it("cites the current release on /data, and its Dataset names that release and its digests", async () => {
    const list = await releases();
    const html = await (await fetch(`${app.url}/data`)).text();
    expect(html).toContain(`expediente-data-release-${list.current}`);
    const [dataset] = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
      .flatMap((m) => (JSON.parse(m[1]!) as { "@graph": Record<string, unknown>[] })["@graph"])
      .filter((node) => node["@type"] === "Dataset");
    expect(dataset!.version).toBe(String(list.current));
    const downloads = dataset!.distribution as { contentUrl: string; sha256?: string }[];
    for (const file of list.releases[0]!.files) {
      const download = downloads.find((d) => d.contentUrl.endsWith(`/data/${file.name}`));
      expect(download?.sha256, file.name).toBe(file.sha256);
      expect(sha256(await bytes(`/data/${file.name}`)), file.name).toBe(file.sha256);
    }
  });

  it("cites an entry's published revision at its permanent address on the entry page, without script", async () => {
    const slug = uniqueSlug("cited-actor");
    const { entryId } = await createEntry("actor", actorContent(slug, { title: `Cited {actor} 100% & co` }), editor);
    await publish(entryId, reviewer);
    const html = await (await fetch(`${app.url}/actors/${slug}`)).text();
    const block = html.slice(html.indexOf('<details class="cite-record"'), html.indexOf("</details>", html.indexOf('<details class="cite-record"')));
    expect(block).toContain(`/actors/${slug}/history/1`);
    expect(block).toContain("revision 1");
    expect(block).toContain("title = {{Cited \\{actor\\} 100\\% \\&amp; co}}");
    expect(block).toContain("&quot;type&quot;: &quot;entry-encyclopedia&quot;");
    expect((await fetch(`${app.url}/actors/${slug}/history/1`)).status).toBe(200);
  });
});
