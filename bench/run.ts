// `npm run bench`: data-layer timings on a throwaway database next to the configured one.
// Builds an entry with 10,000 revisions and 10,000 small entries, then measures what the quality bars name.
import { randomUUID } from "node:crypto";
import { freshDatabase } from "../scripts/db.mjs";

const serverUrl = process.env.DATABASE_URL!;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time<T>(samples: number[], fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await fn();
  samples.push(performance.now() - start);
  return result;
}

function report(name: string, samples: number[]) {
  console.log(
    `${name.padEnd(48)} n=${String(samples.length).padStart(5)}  p50=${percentile(samples, 50).toFixed(2)} ms  p95=${percentile(samples, 95).toFixed(2)} ms  p99=${percentile(samples, 99).toFixed(2)} ms`,
  );
}

// A paragraph of the record's kind of prose, so that search documents are not one line long.
const FILLER =
  "Gunmen killed civilians in a bar on the night of 23 May; the Armed Forces blamed the Shining Path and gave a toll of 14. " +
  "Local authorities and journalists questioned that version, and the prosecution opened an investigation into the massacre.";

// What readers type: a word every entry has, a prefix, a typo, synonyms, a phrase, a rare word.
const SEARCH_QUERIES = ["vizcatan", "vizca", "vizcatn", "masacre", "Sendero Luminoso", "matanza en vizcatan", "number 4242"];

async function main() {
  const benchUrl = await freshDatabase(serverUrl, "expediente_bench");
  process.env.DATABASE_URL = benchUrl;
  process.env.LOG_LEVEL = "silent";

  const { db } = await import("../lib/db");
  const { saveRevision } = await import("../lib/revisions/save-revision");
  const { compareRevisions } = await import("../lib/revisions/compare-revisions");
  const { getPublishedEntry } = await import("../lib/entries/get-published-entry");
  const { submitForReview } = await import("../lib/review/submit-for-review");
  const { approveRevision } = await import("../lib/review/approve-revision");
  const { searchEntries } = await import("../lib/search/search-entries");

  const mk = async (role: "EDITOR" | "REVIEWER") =>
    db().user.create({
      data: { email: `${role}-${randomUUID()}@bench`, name: role, role, passwordHash: "!" },
      select: { id: true, email: true, name: true, role: true },
    });
  const editor = await mk("EDITOR");
  const reviewer = await mk("REVIEWER");
  const actor = (slug: string, description: string) => ({
    slug,
    title: `Actor ${slug}`,
    aliases: [],
    nature: "organisation",
    actorType: "other",
    description,
    body: `Body of ${slug}. ${description}. ${FILLER}`,
    affiliations: [],
    claims: [],
  });

  const counts = { entries: Number(process.env.BENCH_ENTRIES ?? 10_000), history: Number(process.env.BENCH_HISTORY ?? 10_000) };
  if (process.env.BENCH_ONLY === "search") {
    // Search alone: the index is filled by the function publication uses (indexPublishedEntry), in
    // batches, without the review workflow around it, which the other cases already measure.
    const { indexPublishedEntry } = await import("../lib/search/index-entry");
    console.log(`Indexing ${counts.entries} entries for search...`);
    for (let start = 0; start < counts.entries; start += 500) {
      const batch = Array.from({ length: Math.min(500, counts.entries - start) }, (_, k) => ({ id: randomUUID(), slug: `bench-${start + k}` }));
      await db().entry.createMany({ data: batch.map((e) => ({ id: e.id, kind: "ACTOR" as const, slug: e.slug, title: `Actor ${e.slug}` })) });
      await db().$transaction(
        async (tx) => {
          for (const e of batch) {
            await indexPublishedEntry(tx, { entryId: e.id, kind: "actor", content: actor(e.slug, `Entry number ${e.slug.slice(6)} about Vizcatán`) as never });
          }
        },
        { timeout: 120_000 },
      );
    }
    const samples: number[] = [];
    for (let i = 0; i < 350; i++) await time(samples, () => searchEntries({ q: SEARCH_QUERIES[i % SEARCH_QUERIES.length]! }));
    for (const q of SEARCH_QUERIES) {
      const perQuery: number[] = [];
      for (let i = 0; i < 30; i++) await time(perQuery, () => searchEntries({ q }));
      report(`  search "${q}"`, perQuery);
    }
    report(`search (${counts.entries} indexed entries)`, samples);
    await db().$disconnect();
    return;
  }
  if (process.env.BENCH_ONLY === "studio") {
    // The studio at scale: the entry form's picker search and the entry list's pages (keyset), over
    // entries that each have a latest revision, written in batches without the save path around them.
    const { searchEntryOptions } = await import("../lib/entries/list-entry-options");
    const { pageStudioEntries } = await import("../lib/entries/list-studio-entries");
    console.log(`Writing ${counts.entries} entries with a revision each...`);
    const start = Date.now();
    for (let offset = 0; offset < counts.entries; offset += 1000) {
      const batch = Array.from({ length: Math.min(1000, counts.entries - offset) }, (_, k) => ({ id: randomUUID(), revisionId: randomUUID(), i: offset + k }));
      await db().entry.createMany({
        data: batch.map((e) => ({
          id: e.id,
          kind: e.i % 3 === 0 ? ("EVENT" as const) : ("ACTOR" as const),
          slug: `bench-${e.i}`,
          title: `Actor bench-${e.i}`,
          updatedAt: new Date(start - e.i * 1000),
        })),
      });
      await db().revision.createMany({
        data: batch.map((e) => ({
          id: e.revisionId,
          entryId: e.id,
          number: 1,
          authorId: editor.id,
          summary: "Create",
          content: actor(`bench-${e.i}`, "x"),
          title: `Actor bench-${e.i}`,
          slug: `bench-${e.i}`,
        })),
      });
    }
    await db().$executeRaw`UPDATE "Entry" e SET "latestRevisionId" = r.id, "revisionCount" = 1 FROM "Revision" r WHERE r."entryId" = e.id`;
    await db().$executeRaw`ANALYZE`;
    const picker: number[] = [];
    const PICKER_QUERIES = ["bench-4242", "ench-12", "actor bench-9", "zzz-nothing"];
    for (let i = 0; i < 400; i++) await time(picker, () => searchEntryOptions({ actor: editor, kind: "actor", q: PICKER_QUERIES[i % PICKER_QUERIES.length] }));
    for (const q of PICKER_QUERIES) {
      const perQuery: number[] = [];
      for (let i = 0; i < 30; i++) await time(perQuery, () => searchEntryOptions({ actor: editor, kind: "actor", q }));
      report(`  picker "${q}"`, perQuery);
    }
    report(`picker search (${counts.entries} entries)`, picker);
    // Every page of the list, first to last (50 a page), as an editor clicking "Older entries".
    const pages: number[] = [];
    let after: string | undefined;
    let seen = 0;
    do {
      const page = await time(pages, () => pageStudioEntries({ actor: editor, after }));
      seen += page.rows.length;
      after = page.next ?? undefined;
    } while (after);
    report(`entry list, every page (${seen} entries, 50 a page)`, pages);
    const filtered: number[] = [];
    for (let i = 0; i < 100; i++) await time(filtered, () => pageStudioEntries({ actor: editor, kind: "event", state: "DRAFT" }));
    report("entry list, filtered (events, drafts)", filtered);
    await db().$disconnect();
    return;
  }
  console.log(`Building ${counts.entries} entries and one entry with ${counts.history} revisions...`);
  const saveSamples: number[] = [];
  for (let i = 0; i < counts.entries; i++) {
    await time(saveSamples, () =>
      saveRevision({ actor: editor, kind: "actor", content: actor(`bench-${i}`, `Entry number ${i} about Vizcatán`), summary: "Create" }),
    );
  }
  const first = await saveRevision({ actor: editor, kind: "actor", content: actor("long-history", "Version 0"), summary: "Create" });
  if (!first.ok) throw new Error("could not create the long-history entry");
  const { reviewId, revisionId } = await submitForReview({ actor: editor, entryId: first.entryId });
  await approveRevision({ actor: reviewer, reviewId, revisionId });
  const historySamples: number[] = [];
  const readSmall: number[] = [];
  for (let i = 0; i < 20; i++) await time(readSmall, () => getPublishedEntry({ kind: "actor", slug: "long-history" }));
  let base = first.revisionId;
  for (let i = 1; i < counts.history; i++) {
    await time(historySamples, async () => {
      const saved = await saveRevision({
        actor: editor,
        kind: "actor",
        entryId: first.entryId,
        baseRevisionId: base,
        content: actor("long-history", `Version ${i}`),
        summary: `Edit ${i}`,
      });
      if (saved.ok) base = saved.revisionId;
    });
  }
  const readLarge: number[] = [];
  for (let i = 0; i < 200; i++) await time(readLarge, () => getPublishedEntry({ kind: "actor", slug: "long-history" }));
  const compareSamples: number[] = [];
  for (let i = 0; i < 200; i++) {
    const from = 1 + Math.floor(Math.random() * (counts.history - 1));
    await time(compareSamples, () => compareRevisions({ actor: editor, entryId: first.entryId, query: { from, to: from + 1 } }));
  }
  // Index the small entries for search as publication would.
  const searchSamples: number[] = [];
  const entries = await db().entry.findMany({ where: { slug: { startsWith: "bench-" } }, select: { id: true }, take: counts.entries });
  for (const e of entries) {
    const { reviewId: r, revisionId: shown } = await submitForReview({ actor: editor, entryId: e.id });
    await approveRevision({ actor: reviewer, reviewId: r, revisionId: shown });
  }
  for (let i = 0; i < 350; i++) await time(searchSamples, () => searchEntries({ q: SEARCH_QUERIES[i % SEARCH_QUERIES.length]! }));

  console.log("");
  report(`save revision (new entries, up to ${counts.entries})`, saveSamples);
  report(`save revision (one entry, up to ${counts.history} revisions)`, historySamples);
  report("read published revision (history of 1)", readSmall);
  report(`read published revision (history of ${counts.history})`, readLarge);
  report(`compare two revisions (history of ${counts.history})`, compareSamples);
  report(`search (${entries.length} published entries)`, searchSamples);
  console.log(`ratio read(large)/read(small) p50 = ${(percentile(readLarge, 50) / percentile(readSmall, 50)).toFixed(2)}`);
  await db().$disconnect();
}

void main();
