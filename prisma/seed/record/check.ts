// Throwaway checker: node --conditions=react-server --import tsx prisma/seed/record/check.ts
import { findCitationProblems, parseCitations } from "../../../lib/citations/parse-citations";
import { parseContent } from "../../../lib/entries/content-schema";
import type { SeedEntry } from "../types";
import { seedRecord } from "./index";

type AnyContent = Record<string, unknown> & { slug: string };
const problems: string[] = [];
const bySlug = { event: new Map<string, SeedEntry>(), actor: new Map<string, SeedEntry>(), source: new Map<string, SeedEntry>() };
for (const entry of seedRecord) {
  const slug = entry.history[0]!.content.slug;
  if (bySlug[entry.kind].has(slug)) problems.push(`duplicate ${entry.kind}/${slug}`);
  bySlug[entry.kind].set(slug, entry);
  for (const step of entry.history) if (step.content.slug !== slug) problems.push(`${slug}: slug changes across revisions`);
}
const isPublished = (kind: SeedEntry["kind"], slug: string) => bySlug[kind].get(slug)?.history.some((s) => s.state === "published") ?? false;

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object")
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, sortKeys(x)]),
    );
  return v;
}

const markerRe = /\[(@[^\]]*)\]/g;
function bodySlugs(body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(markerRe)) {
    for (const item of m[1]!.split(";")) {
      const mm = /^\s*@([a-z0-9]+(?:-[a-z0-9]+)*)(?:\s*,\s*[^;]+)?\s*$/.exec(item);
      if (!mm) problems.push(`malformed body marker item "${item}" in [${m[1]}]`);
      else out.push(mm[1]!);
    }
  }
  return out;
}

let claims = 0;
let citations = 0;
let bodyMarkers = 0;
let revisions = 0;
let waiting = 0;
const counts = { event: 0, actor: 0, source: 0 };
for (const entry of seedRecord) {
  counts[entry.kind]++;
  const slug = entry.history[0]!.content.slug;
  const last = entry.history[entry.history.length - 1]!;
  if (last.state === "in-review") waiting++;
  if (!entry.history.some((s) => s.state === "published")) problems.push(`${slug}: never published`);
  entry.history.forEach((step, i) => {
    revisions++;
    const where = `${entry.kind}/${slug} r${i + 1}`;
    const parsed = parseContent(entry.kind, step.content);
    if (!parsed.success) {
      problems.push(`${where}: ${parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
      return;
    }
    if (JSON.stringify(sortKeys(parsed.data)) !== JSON.stringify(sortKeys(step.content)))
      problems.push(`${where}: parsing changed the content (unknown or trimmed fields)`);
    if (step.state === "published" && (!step.reviewer || step.reviewer === step.author)) problems.push(`${where}: published without a distinct reviewer`);
    if (step.state === "in-review" && step.reviewer) problems.push(`${where}: in-review with a reviewer`);
    if (!step.summary.trim()) problems.push(`${where}: empty edit summary`);
    const c = parsed.data as unknown as AnyContent;
    const refs: { kind: SeedEntry["kind"]; slug: string; at: string }[] = [];
    const cites = (list: { source: string }[], at: string) => {
      for (const x of list) {
        citations++;
        refs.push({ kind: "source", slug: x.source, at });
      }
    };
    const cl = c.claims as { id: string; citations: { source: string }[]; assertedBy?: string; value: { type: string; actor?: string } }[];
    const ids = new Set<string>();
    for (const k of cl) {
      claims++;
      if (ids.has(k.id)) problems.push(`${where}: duplicate claim id ${k.id}`);
      ids.add(k.id);
      if (k.citations.length === 0) problems.push(`${where}: claim ${k.id} uncited`);
      cites(k.citations, `claim ${k.id}`);
      if (k.assertedBy) refs.push({ kind: "actor", slug: k.assertedBy, at: `claim ${k.id} assertedBy` });
      if (k.value.type === "actor") refs.push({ kind: "actor", slug: k.value.actor!, at: `claim ${k.id} value` });
    }
    if (entry.kind === "event") {
      const e = parsed.data as {
        participants: { id: string; actor: string; citations: { source: string }[] }[];
        timeline: { id: string; citations: { source: string }[] }[];
        related: { event: string }[];
      };
      for (const p of e.participants) {
        refs.push({ kind: "actor", slug: p.actor, at: `participant ${p.id}` });
        cites(p.citations, `participant ${p.id}`);
      }
      for (const t of e.timeline) cites(t.citations, `timeline ${t.id}`);
      for (const r of e.related) refs.push({ kind: "event", slug: r.event, at: "related" });
      for (const list of [e.participants, e.timeline]) {
        const s = new Set(list.map((x) => x.id));
        if (s.size !== list.length) problems.push(`${where}: duplicate item ids`);
      }
    } else if (entry.kind === "actor") {
      const a = parsed.data as { affiliations: { id: string; actor: string; citations: { source: string }[] }[] };
      for (const f of a.affiliations) {
        refs.push({ kind: "actor", slug: f.actor, at: `affiliation ${f.id}` });
        cites(f.citations, `affiliation ${f.id}`);
      }
    } else {
      const s = parsed.data as { publisher?: string; originator?: string; archive?: unknown };
      if (s.publisher) refs.push({ kind: "actor", slug: s.publisher, at: "publisher" });
      if (s.originator) refs.push({ kind: "actor", slug: s.originator, at: "originator" });
      if (s.archive) problems.push(`${where}: has archive`);
    }
    const body = (c.body as string | undefined) ?? "";
    if (/<[a-zA-Z!/]/.test(body)) problems.push(`${where}: raw HTML in body`);
    const rawMarkers = body.split("[@").length - 1;
    const parsedMarkers = parseCitations(body).length;
    if (rawMarkers !== parsedMarkers) problems.push(`${where}: ${rawMarkers} "[@" in body but the parser reads ${parsedMarkers} markers`);
    for (const p of findCitationProblems(body, new Set(bySlug.source.keys()))) problems.push(`${where}: ${p.message}`);
    for (const s of bodySlugs(body)) {
      bodyMarkers++;
      refs.push({ kind: "source", slug: s, at: "body" });
    }
    for (const r of refs) {
      if (!bySlug[r.kind].has(r.slug)) problems.push(`${where}: ${r.at} → unknown ${r.kind}/${r.slug}`);
      else if (step.state === "published" && !isPublished(r.kind, r.slug)) problems.push(`${where}: ${r.at} → unpublished ${r.kind}/${r.slug}`);
    }
  });
}

// The event's toll dispute, as the integration test checks it.
const main = bySlug.event.get("san-miguel-del-ene-attack");
if (!main) problems.push("no san-miguel-del-ene-attack");
else {
  const published = main.history.filter((s) => s.state === "published");
  if (published.length < 3) problems.push("event has fewer than 3 published revisions");
  if (main.history[main.history.length - 1]!.state !== "published") problems.push("event's latest revision is not published");
  const final = published[published.length - 1]!.content as {
    claims: { property: string; nature: string; assertedBy?: string; value: { type: string; value?: number } }[];
  };
  const tolls = final.claims.filter((k) => k.property === "fatalities" && k.value.type === "number");
  const set = [...new Set(tolls.map((k) => k.value.value))].sort();
  if (JSON.stringify(set) !== JSON.stringify([14, 16, 18])) problems.push(`toll set is ${set}`);
  if (!tolls.every((k) => k.assertedBy)) problems.push("a toll claim lacks assertedBy");
  if (!final.claims.some((k) => k.property === "perpetrator" && k.nature === "doubted")) problems.push("no doubted perpetrator claim");
  console.log(`event revisions: ${main.history.length} (${published.length} published)`);
}
if (waiting !== 1) problems.push(`${waiting} entries wait for review (want exactly 1)`);

console.log(`entries: ${seedRecord.length} (events ${counts.event}, actors ${counts.actor}, sources ${counts.source}); revisions ${revisions}`);
console.log(`claims (all revisions): ${claims}; citations: ${citations}; body markers: ${bodyMarkers}; waiting for review: ${waiting}`);
// Latest-revision-only counts
let lc = 0;
let lcit = 0;
for (const e of seedRecord) {
  const c = e.history[e.history.length - 1]!.content as unknown as { claims: { citations: unknown[] }[] };
  lc += c.claims.length;
  lcit += c.claims.reduce((n, k) => n + k.citations.length, 0);
}
console.log(`claims in latest revisions: ${lc} (claim citations ${lcit})`);
if (problems.length) {
  console.log(`\n${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log("OK");
