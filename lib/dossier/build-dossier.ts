import "server-only";
import { listPublicCaptureHashesBySource } from "../captures/get-public-capture";
import type { Claim } from "../claims/claim-schema";
import { formatClaimValue, summarizeClaims, type PropertySummary } from "../claims/summarize-claims";
import { renderMarkdown } from "../citations/render-markdown";
import type { Citation } from "../entries/common-schema";
import type { PublicSourceContent } from "../entries/public-projection";
import { formatEventDate, formatPartialDate } from "../entries/format-date";
import { listWithdrawnReferences } from "../links/list-withdrawn-references";
import { withdrawnLabel, type WithdrawnReference } from "../links/withdrawn-reference";
import { readPublishedRecord, type PublishedRecordEntry } from "../open-data/read-published-record";

/** A numbered reference: one per cited source, numbered in order of first citation through the document. */
export type DossierReference = {
  number: number;
  slug: string;
  title: string;
  url: string | null;
  publisher: string | null;
  published: string | null;
  /** SHA-256 of the source's public captures, when the record holds any. */
  captureHashes: string[];
  /** Set when the source was withdrawn: the reference keeps its last published name, without address. */
  withdrawn?: WithdrawnReference;
};

export type DossierCitation = { number: number; locator?: string; quote?: string };
export type DossierClaim = Omit<Claim, "citations"> & { citations: DossierCitation[]; valueText: string; assertedByName: string | null };
export type DossierProperty = Omit<PropertySummary, "claims" | "active" | "preferred"> & { claims: DossierClaim[]; preferredId: string | null };

export type DossierEntry = {
  kind: PublishedRecordEntry["kind"];
  slug: string;
  title: string;
  url: string;
  revision: number;
  publishedAt: Date;
  /** One line under the title: date and place, actor type, source type and date. */
  facts: string[];
  summary: string;
  bodyHtml: string;
  /** Body citation markers rendered as this entry's notes, each pointing at the document's references. */
  notes: { id: string; number: number; items: { reference: number; locator?: string }[] }[];
  properties: DossierProperty[];
};

export type Dossier = {
  producedAt: Date;
  events: DossierEntry[];
  actors: DossierEntry[];
  sources: DossierEntry[];
  references: DossierReference[];
};

const byTitle = (a: DossierEntry, b: DossierEntry) => a.title.localeCompare(b.title, "es");

/** The whole published record as one cited document (published revisions only, withdrawn entries left out). */
export async function buildDossier({ now = new Date() }: { now?: Date } = {}): Promise<Dossier> {
  const entries: PublishedRecordEntry[] = [];
  for await (const entry of readPublishedRecord()) entries.push(entry);
  const titleOf = new Map(entries.map((e) => [`${e.kind}:${e.slug}`, e.title]));
  const [captureHashes, withdrawn] = await Promise.all([listPublicCaptureHashesBySource(), listWithdrawnReferences()]);
  // A withdrawn source is out of the record, but what cites it keeps it by its last published name.
  const sourceTitle = (slug: string): string => {
    const gone = withdrawn.get(`source/${slug}`);
    return gone ? withdrawnLabel(gone) : (titleOf.get(`source:${slug}`) ?? slug);
  };
  const sourceBySlug = new Map<string, PublicSourceContent>();
  for (const entry of entries) if (entry.kind === "source") sourceBySlug.set(entry.slug, entry.content);

  // Events first, then actors, then sources: references are numbered in the order a reader meets them.
  const ordered = [...entries].sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.title.localeCompare(b.title, "es"));
  const references = new Map<string, DossierReference>();
  const referenceOf = (slug: string): number => {
    const known = references.get(slug);
    if (known) return known.number;
    const source = sourceBySlug.get(slug);
    const gone = withdrawn.get(`source/${slug}`);
    const reference: DossierReference = {
      number: references.size + 1,
      slug,
      title: sourceTitle(slug),
      ...(gone ? { withdrawn: gone } : {}),
      url: source?.url ?? source?.archiveUrl ?? null,
      publisher: source?.publisher ? (titleOf.get(`actor:${source.publisher}`) ?? null) : null,
      published: source?.published ? formatPartialDate(source.published) : null,
      captureHashes: captureHashes.get(slug) ?? [],
    };
    references.set(slug, reference);
    return reference.number;
  };
  const cite = (c: Citation): DossierCitation => ({
    number: referenceOf(c.source),
    ...(c.locator ? { locator: c.locator } : {}),
    ...(c.quote ? { quote: c.quote } : {}),
  });

  const built = ordered.map((entry): DossierEntry => {
    // Sources have no body; every kind has claims.
    const body = entry.kind === "source" ? "" : entry.content.body;
    const prefix = `${entry.kind}-${entry.slug}`;
    const rendered = body
      ? renderMarkdown(body, { resolveSource: (slug) => ({ title: sourceTitle(slug), href: `#ref-${referenceOf(slug)}` }) })
      : { html: "", footnotes: [] };
    // Footnote anchors are per entry in the renderer; the dossier holds many entries on one page.
    const bodyHtml = rendered.html.replaceAll('href="#fn-', `href="#${prefix}-fn-`).replaceAll('id="fnref-', `id="${prefix}-fnref-`);
    const notes = rendered.footnotes.map((f) => ({
      id: `${prefix}-${f.id}`,
      number: f.number,
      items: f.items.map((item) => ({ reference: referenceOf(item.slug), ...(item.locator ? { locator: item.locator } : {}) })),
    }));
    const properties = summarizeClaims(entry.content.claims).map((s) => ({
      property: s.property,
      isDisputed: s.isDisputed,
      ...(s.numeric ? { numeric: s.numeric } : {}),
      preferredId: s.preferred?.id ?? null,
      claims: s.claims.map((claim) => ({
        ...claim,
        citations: claim.citations.map(cite),
        valueText: formatClaimValue(claim.value, (slug) => titleOf.get(`actor:${slug}`) ?? slug),
        assertedByName: claim.assertedBy ? (titleOf.get(`actor:${claim.assertedBy}`) ?? claim.assertedBy) : null,
      })),
    }));
    return {
      kind: entry.kind,
      slug: entry.slug,
      title: entry.title,
      url: entry.url,
      revision: entry.revision,
      publishedAt: entry.publishedAt,
      facts: factsOf(entry, titleOf),
      summary: summaryOf(entry),
      bodyHtml,
      notes,
      properties,
    };
  });
  // Sources the record holds but nothing cites still get a reference.
  for (const entry of ordered) if (entry.kind === "source") referenceOf(entry.slug);

  return {
    producedAt: now,
    events: built.filter((e) => e.kind === "event").sort(byTitle),
    actors: built.filter((e) => e.kind === "actor").sort(byTitle),
    sources: built.filter((e) => e.kind === "source").sort(byTitle),
    references: [...references.values()],
  };
}

function kindOrder(kind: string): number {
  return kind === "event" ? 0 : kind === "actor" ? 1 : 2;
}

function summaryOf(entry: PublishedRecordEntry): string {
  if (entry.kind === "event") return entry.content.summary;
  if (entry.kind === "actor") return entry.content.description;
  return entry.content.summary;
}

function factsOf(entry: PublishedRecordEntry, titleOf: Map<string, string>): string[] {
  if (entry.kind === "event") {
    const e = entry.content;
    const place = [e.place.name, e.place.district, e.place.province, e.place.region, e.place.country].filter(Boolean).join(", ");
    return [formatEventDate(e.date), place, `${e.eventType.category} → ${e.eventType.subtype}`, `Grade: ${e.grade}`].filter(Boolean);
  }
  if (entry.kind === "actor") {
    const a = entry.content;
    return [
      a.nature,
      a.actorType.replaceAll("-", " "),
      a.founded ? `from ${formatPartialDate(a.founded)}` : "",
      a.dissolved ? `until ${formatPartialDate(a.dissolved)}` : "",
    ].filter(Boolean);
  }
  const s = entry.content;
  return [
    s.sourceType.replaceAll("-", " "),
    s.publisher ? (titleOf.get(`actor:${s.publisher}`) ?? s.publisher) : "",
    s.published ? formatPartialDate(s.published) : "",
    s.authors.join(", "),
    s.url ?? "",
  ].filter(Boolean);
}
