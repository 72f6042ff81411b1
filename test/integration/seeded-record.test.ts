import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findCitationProblems } from "@/lib/citations/parse-citations";
import { parseContent } from "@/lib/entries/content-schema";
import { DB_TO_KIND } from "@/lib/entries/kinds";
import { checkLinkIntegrity } from "@/lib/links/check-link-integrity";
import { deriveReferences } from "@/lib/links/derive-references";

// Other test files add their own entries to the shared test database; these checks are about the seed,
// whose entries were all created by the demo accounts.
const seededEntry = { revisions: { some: { number: 1, author: { email: { endsWith: "@example.com" } } } } };

async function allRevisions() {
  return db().revision.findMany({
    where: { entry: seededEntry },
    select: { id: true, number: true, content: true, state: true, entry: { select: { id: true, kind: true, slug: true } } },
  });
}

describe("the seeded record", () => {
  it("validates every revision against its kind's schema", async () => {
    const revisions = await allRevisions();
    const seeded = revisions.filter((r) => r.entry.slug === "san-miguel-del-ene-attack");
    expect(seeded.length).toBeGreaterThanOrEqual(3);
    for (const revision of revisions) {
      const parsed = parseContent(DB_TO_KIND[revision.entry.kind], revision.content);
      expect(parsed.success, `${revision.entry.slug} r${revision.number}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it("cites every claim, and every citation and body marker resolves to a source", async () => {
    const sources = new Set((await db().entry.findMany({ where: { kind: "SOURCE" }, select: { slug: true } })).map((e) => e.slug));
    let claims = 0;
    for (const revision of await allRevisions()) {
      const kind = DB_TO_KIND[revision.entry.kind];
      const content = parseContent(kind, revision.content).data!;
      for (const claim of content.claims) {
        claims++;
        expect(claim.citations.length, `${revision.entry.slug} claim ${claim.id}`).toBeGreaterThan(0);
      }
      for (const ref of deriveReferences(kind, content).filter((r) => r.kind === "source")) {
        expect(sources.has(ref.slug), `${revision.entry.slug} cites unknown source ${ref.slug} at ${ref.path}`).toBe(true);
      }
      const body = (content as { body?: string }).body ?? "";
      expect(findCitationProblems(body, sources), revision.entry.slug).toEqual([]);
    }
    expect(claims).toBeGreaterThan(10);
  });

  it("keeps the toll dispute: 18, 16 and 14, each asserted by someone", async () => {
    const entry = await db().entry.findFirstOrThrow({ where: { kind: "EVENT", slug: "san-miguel-del-ene-attack" }, include: { publishedRevision: true } });
    const content = parseContent("event", entry.publishedRevision!.content).data!;
    const tolls = content.claims.filter((c) => c.property === "fatalities" && c.value.type === "number");
    expect(new Set(tolls.map((c) => (c.value.type === "number" ? c.value.value : 0)))).toEqual(new Set([18, 16, 14]));
    expect(tolls.every((c) => c.assertedBy)).toBe(true);
    const perpetrator = content.claims.filter((c) => c.property === "perpetrator");
    expect(perpetrator.some((c) => c.nature === "doubted")).toBe(true);
  });

  it("has several published revisions of the event and one change waiting for review", async () => {
    const event = await db().entry.findFirstOrThrow({ where: { kind: "EVENT", slug: "san-miguel-del-ene-attack" } });
    expect(await db().revision.count({ where: { entryId: event.id, state: "PUBLISHED" } })).toBeGreaterThanOrEqual(3);
    expect(await db().review.count({ where: { status: "OPEN" } })).toBeGreaterThanOrEqual(1);
  });

  it("publishes nothing that references an unpublished entry", async () => {
    const entries = await db().entry.findMany({ where: { ...seededEntry, publishedRevisionId: { not: null } }, include: { publishedRevision: true } });
    for (const entry of entries) {
      const kind = DB_TO_KIND[entry.kind];
      const content = parseContent(kind, entry.publishedRevision!.content).data!;
      const { problems } = await checkLinkIntegrity(db(), { kind, content, selfId: entry.id });
      expect(problems, entry.slug).toEqual([]);
    }
  });

  it("reads an entry's latest and published revision with one index lookup each", async () => {
    const event = await db().entry.findFirstOrThrow({ where: { kind: "EVENT", slug: "san-miguel-del-ene-attack" } });
    for (const pointer of ["latestRevisionId", "publishedRevisionId"] as const) {
      // A small table may be scanned whatever its indexes; disabling seq scans shows an index serves the lookup.
      const plan = await db().$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
          `EXPLAIN SELECT r.* FROM "Entry" e JOIN "Revision" r ON r.id = e."${pointer}" WHERE e.kind = 'EVENT' AND e.slug = $1`,
          event.slug,
        );
      });
      const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
      expect(text).toMatch(/Index Scan using "Entry_kind_slug_key"/);
      expect(text).toMatch(/Index Scan using "Revision_pkey"/);
      expect(text).not.toMatch(/Seq Scan on "Revision"/);
    }
  });
});
