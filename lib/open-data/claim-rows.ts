// The open dataset's shape: one row per claim and citation. Pure, so the CSV and the API agree by construction.
import { ALL_CLAIM_PROPERTIES, CLAIM_NATURES, CLAIM_RANKS, type Claim } from "../claims/claim-schema";
import { formatClaimValue } from "../claims/summarize-claims";
import { DATE_PRECISIONS, type EntryKindName, type PartialDate } from "../entries/common-schema";
import { partialDateToIso } from "../entries/format-date";
import { KIND_PATHS, KIND_WORDS } from "../entries/kinds";

export type ClaimRowEntry = { kind: EntryKindName; slug: string; title: string; revision: number; publishedAt: Date };

export type ClaimRow = {
  entry_kind: string;
  entry_slug: string;
  entry_title: string;
  claim_id: string;
  property: string;
  value_type: string;
  value: string;
  value_iso: string;
  value_precision: string;
  value_date: string;
  low: string;
  high: string;
  category: string;
  as_of: string;
  as_of_precision: string;
  asserted_by: string;
  asserted_by_name: string;
  nature: string;
  rank: string;
  deprecation_reason: string;
  source: string;
  source_title: string;
  locator: string;
  quote: string;
  revision: string;
  published_at: string;
};

/** Table Schema types (Frictionless v1) that the columns use. */
export type ClaimRowFieldType = "string" | "integer" | "date" | "datetime";

/**
 * One column of claims.csv: its name, what it means, and how a reader should type it. This one list
 * writes the CSV header and rows, the /data documentation and the Table Schema in datapackage.json, so
 * the three cannot disagree on the columns or their order.
 */
export type ClaimRowField = {
  name: keyof ClaimRow;
  meaning: string;
  type: ClaimRowFieldType;
  /** Table Schema's `format`: published_at carries milliseconds, which the default datetime format does not allow. */
  format?: "any";
  constraints?: { required?: boolean; enum?: readonly string[]; minimum?: number; pattern?: string };
};

/** ISO 8601 at reduced precision, as partialDateToIso writes it: a year, a year and month, or a day. */
const ISO_PARTIAL_DATE_PATTERN = "[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?";

const CLAIM_VALUE_TYPES = ["number", "range", "text", "date", "actor", "unknown"] as const satisfies readonly Claim["value"]["type"][];

export const CLAIM_ROW_FIELDS: ClaimRowField[] = [
  {
    name: "entry_kind",
    meaning: "events, actors or sources: the kind of entry that holds the claim, as the API's paths say it",
    type: "string",
    constraints: { required: true, enum: KIND_WORDS },
  },
  {
    name: "entry_slug",
    meaning: "The entry's slug; its page is /events/<slug>, /actors/<slug> or /sources/<slug>",
    type: "string",
    constraints: { required: true },
  },
  { name: "entry_title", meaning: "The entry's title in its published revision", type: "string", constraints: { required: true } },
  { name: "claim_id", meaning: "The claim's stable id within the entry (the same across revisions)", type: "string", constraints: { required: true } },
  {
    name: "property",
    meaning: "What the claim is about: fatalities, injured, perpetrator, date, location...",
    type: "string",
    constraints: { required: true, enum: ALL_CLAIM_PROPERTIES },
  },
  { name: "value_type", meaning: "number, range, text, date, actor or unknown", type: "string", constraints: { required: true, enum: CLAIM_VALUE_TYPES } },
  { name: "value", meaning: "The value as readers see it (a range as low–high, an actor by name, a date only as precise as the sources)", type: "string" },
  {
    name: "value_iso",
    meaning:
      "For a date claim: the date in ISO 8601 only as precise as the sources (2021-05-23, 2021-05 or 2014); empty for other claims and when the sources give no year",
    type: "string",
    constraints: { pattern: ISO_PARTIAL_DATE_PATTERN },
  },
  {
    name: "value_precision",
    meaning: "For a date claim: how precise the date is (day, days, week, month, year, or unknown when the sources give none); empty for other claims",
    type: "string",
    constraints: { enum: DATE_PRECISIONS },
  },
  {
    name: "value_date",
    meaning: "For a date claim given to the exact day: that day (YYYY-MM-DD); empty otherwise, so a date column never holds a guessed day",
    type: "date",
  },
  { name: "low", meaning: "For a number or range: the lowest figure; empty otherwise", type: "integer", constraints: { minimum: 0 } },
  { name: "high", meaning: "For a number or range: the highest figure; empty otherwise", type: "integer", constraints: { minimum: 0 } },
  { name: "category", meaning: "Qualifier: the category the figure counts (e.g. minors); empty when uncategorised", type: "string" },
  {
    name: "as_of",
    meaning:
      "Qualifier: the date the value was true as of, when the source gives one, in ISO 8601 as precise as the source (a year such as 2018, 2021-05 or 2021-05-23); read it as text",
    type: "string",
    constraints: { pattern: ISO_PARTIAL_DATE_PATTERN },
  },
  {
    name: "as_of_precision",
    meaning: "How precise as_of is (day, days, week, month, year, or unknown); empty when there is no as_of",
    type: "string",
    constraints: { enum: DATE_PRECISIONS },
  },
  { name: "asserted_by", meaning: "Slug of the actor who asserts the claim (e.g. the Armed Forces Joint Command); empty when unattributed", type: "string" },
  { name: "asserted_by_name", meaning: "That actor's name", type: "string" },
  {
    name: "nature",
    meaning: "asserted, alleged, estimated, claimed-responsibility, denied or doubted",
    type: "string",
    constraints: { required: true, enum: CLAIM_NATURES },
  },
  { name: "rank", meaning: "preferred, normal or deprecated (as in Wikidata)", type: "string", constraints: { required: true, enum: CLAIM_RANKS } },
  { name: "deprecation_reason", meaning: "Why a deprecated claim is no longer preferred", type: "string" },
  { name: "source", meaning: "Slug of the cited source (/sources/<slug>)", type: "string" },
  { name: "source_title", meaning: "The cited source's title; for a withdrawn source, its last published title followed by “(withdrawn)”", type: "string" },
  { name: "locator", meaning: "Where in the source: page, paragraph, title...", type: "string" },
  { name: "quote", meaning: "A short quote from the source supporting the claim", type: "string" },
  {
    name: "revision",
    meaning: "The number of the entry's published revision the row comes from",
    type: "integer",
    constraints: { required: true, minimum: 1 },
  },
  { name: "published_at", meaning: "When that revision was published (ISO 8601, UTC)", type: "datetime", format: "any", constraints: { required: true } },
];

export type TitleLookup = (kind: EntryKindName, slug: string) => string | undefined;

/** A partial date for machines: its ISO 8601 form (empty when the year is not given), its precision, and the day only when exact. */
export function isoDateCells(date: PartialDate | undefined): { iso: string; precision: string; day: string } {
  if (!date) return { iso: "", precision: "", day: "" };
  const iso = partialDateToIso(date) ?? "";
  return { iso, precision: date.precision, day: date.precision === "day" && iso.length === 10 ? iso : "" };
}

function figures(claim: Claim): { low: string; high: string } {
  if (claim.value.type === "number") return { low: String(claim.value.value), high: String(claim.value.value) };
  if (claim.value.type === "range") return { low: String(claim.value.low), high: String(claim.value.high) };
  return { low: "", high: "" };
}

/** One row per claim and citation; a claim without citations (never published, but possible) gives one row. */
export function claimRows(entry: ClaimRowEntry, claims: Claim[], titleOf: TitleLookup): ClaimRow[] {
  const rows: ClaimRow[] = [];
  for (const claim of claims) {
    const valueDate = isoDateCells(claim.value.type === "date" ? claim.value.date : undefined);
    const asOf = isoDateCells(claim.qualifiers?.asOf);
    const base = {
      entry_kind: KIND_PATHS[entry.kind],
      entry_slug: entry.slug,
      entry_title: entry.title,
      claim_id: claim.id,
      property: claim.property,
      value_type: claim.value.type,
      value: formatClaimValue(claim.value, (slug) => titleOf("actor", slug) ?? slug),
      value_iso: valueDate.iso,
      value_precision: valueDate.precision,
      value_date: valueDate.day,
      ...figures(claim),
      category: claim.qualifiers?.category ?? "",
      as_of: asOf.iso,
      as_of_precision: asOf.precision,
      asserted_by: claim.assertedBy ?? "",
      asserted_by_name: claim.assertedBy ? (titleOf("actor", claim.assertedBy) ?? "") : "",
      nature: claim.nature,
      rank: claim.rank,
      deprecation_reason: claim.deprecationReason ?? "",
      revision: String(entry.revision),
      published_at: entry.publishedAt.toISOString(),
    };
    const citations = claim.citations.length > 0 ? claim.citations : [undefined];
    for (const citation of citations) {
      rows.push({
        ...base,
        source: citation?.source ?? "",
        source_title: citation ? (titleOf("source", citation.source) ?? "") : "",
        locator: citation?.locator ?? "",
        quote: citation?.quote ?? "",
      });
    }
  }
  return rows;
}

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 field: quoted when needed, inner quotes doubled; a would-be formula is prefixed with an apostrophe. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(values: string[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

export const CSV_HEADER = csvLine(CLAIM_ROW_FIELDS.map((f) => f.name));

export function claimRowToCsv(row: ClaimRow): string {
  return csvLine(CLAIM_ROW_FIELDS.map((f) => row[f.name]));
}
