import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claim } from "@/lib/claims/claim-schema";
import { withdrawEntry } from "@/lib/review/withdraw-entry";
import { saveRevision } from "@/lib/revisions/save-revision";
import type { Actor } from "@/lib/users/permissions";
import { parseCsv } from "../fixtures/parse-csv";
import { startAppServer, type AppServer } from "./app-server";
import { actorContent, createEntry, makeActor, publish, sourceContent, uniqueSlug } from "./fixtures";

let app: AppServer;
let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  [app, editor, reviewer] = await Promise.all([startAppServer(3320), makeActor("EDITOR"), makeActor("REVIEWER")]);
});
afterAll(() => app.stop());

/** The CSV's rows as records keyed by its header. */
function csvRecords(text: string): Record<string, string>[] {
  const { header, rows } = parseCsv(text);
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])));
}

const claimOf = (id: string, text: string, source?: string): Claim => ({
  id,
  property: "role",
  value: { type: "text", text },
  nature: "asserted",
  rank: "normal",
  citations: source ? [{ source, locator: "p. 1", quote: "=cmd|' /C calc'!A0" }] : [],
});

describe("open data", () => {
  it("lists the three death-toll figures with who asserts each and their sources", async () => {
    const response = await fetch(`${app.url}/data/claims.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    const rows = csvRecords(await response.text());
    const tolls = rows.filter((r) => r.entry_slug === "san-miguel-del-ene-attack" && r.property === "fatalities" && r.category === "");
    const byFigure = (n: string) => tolls.filter((r) => r.low === n);
    expect(byFigure("14").map((r) => r.asserted_by)).toContain("joint-command-of-the-armed-forces");
    expect(byFigure("14").map((r) => r.source)).toContain("ccffaa-communique-005-2021");
    expect(byFigure("16").map((r) => r.asserted_by)).toEqual(expect.arrayContaining(["ojo-publico", "armed-forces-of-peru"]));
    expect(byFigure("16").map((r) => r.source)).toContain("ojo-publico-2021-05-24");
    expect(byFigure("18").map((r) => r.asserted_by)).toContain("cesar-cervantes");
    expect(byFigure("18").map((r) => r.source)).toContain("wikipedia-san-miguel-del-ene-attack");
    for (const row of tolls) {
      expect(row.asserted_by_name).not.toBe("");
      expect(row.source_title).not.toBe("");
      expect(Number(row.revision)).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(row.published_at ?? ""))).toBe(false);
    }
  });

  it("holds published revisions only: a draft's claim and a withdrawn entry never appear", async () => {
    const word = `Opendataword${Date.now()}`;
    const sourceSlug = uniqueSlug("open-data-source");
    const source = await createEntry("source", sourceContent(sourceSlug), editor);
    await publish(source.entryId, reviewer);

    const slug = uniqueSlug("open-data-actor");
    const first = await createEntry("actor", actorContent(slug, { claims: [claimOf("published-role", `Published ${word}`, sourceSlug)] }), editor);
    await publish(first.entryId, reviewer);
    const draft = await saveRevision({
      actor: editor,
      kind: "actor",
      entryId: first.entryId,
      baseRevisionId: first.revisionId,
      content: actorContent(slug, { claims: [claimOf("published-role", `Published ${word}`, sourceSlug), claimOf("draft-role", `Draft ${word}`)] }),
      summary: "A draft claim",
    });
    expect(draft.ok).toBe(true);
    const draftOnly = await createEntry(
      "actor",
      actorContent(uniqueSlug("draft-actor"), { claims: [claimOf("draft-only", `Neverpublished ${word}`)] }),
      editor,
    );
    expect(draftOnly.entryId).toBeTruthy();

    const csv = await (await fetch(`${app.url}/data/claims.csv`)).text();
    const rows = csvRecords(csv).filter((r) => r.entry_slug === slug);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ claim_id: "published-role", value: `Published ${word}`, source: sourceSlug, revision: "1" });
    expect(rows[0]!.quote).toBe("'=cmd|' /C calc'!A0"); // a formula is defused
    expect(csv).not.toContain(`Draft ${word}`);
    expect(csv).not.toContain(`Neverpublished ${word}`);

    const record = await (await fetch(`${app.url}/data/record.json`)).json();
    const entry = record.entries.find((e: { slug: string }) => e.slug === slug);
    expect(entry.revision).toBe(1);
    expect(JSON.stringify(record)).not.toContain(`Draft ${word}`);
    expect(JSON.stringify(record)).not.toContain(`Neverpublished ${word}`);

    await withdrawEntry({ actor: reviewer, entryId: first.entryId, reason: "Test withdrawal", isConfirmed: true });
    expect(await (await fetch(`${app.url}/data/claims.csv`)).text()).not.toContain(word);
    expect(await (await fetch(`${app.url}/data/record.json`)).text()).not.toContain(slug);
  });

  it("pages through every published claim with a cursor, each once", async () => {
    const csvRows = csvRecords(await (await fetch(`${app.url}/data/claims.csv`)).text());
    // The API and the dataset's column speak one vocabulary: the URL's plural kind (events).
    const expected = new Set(csvRows.map((r) => `${r.entry_kind}:${r.entry_slug}:${r.claim_id}`));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response: Response = await fetch(`${app.url}/api/v1/claims?limit=7${cursor ? `&cursor=${cursor}` : ""}`);
      expect(response.status).toBe(200);
      const page = (await response.json()) as { data: { entry: { kind: string; slug: string }; id: string }[]; nextCursor: string | null };
      expect(page.data.length).toBeLessThanOrEqual(7);
      seen.push(...page.data.map((c) => `${c.entry.kind}:${c.entry.slug}:${c.id}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(expected);

    const bad = await fetch(`${app.url}/api/v1/claims?cursor=bm90LWEtY3Vyc29y`);
    expect(bad.status).toBe(400);
    const badLimit = await fetch(`${app.url}/api/v1/claims?limit=0`);
    expect(badLimit.status).toBe(400);
  });

  it("documents every column on the public /data page with a licence", async () => {
    const html = await (await fetch(`${app.url}/data`)).text();
    for (const column of ["entry_slug", "asserted_by", "nature", "rank", "source", "locator", "quote", "revision", "published_at"]) {
      expect(html).toContain(`<code>${column}</code>`);
    }
    expect(html).toContain("Licence");
  });
});
