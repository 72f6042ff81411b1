// What readers see per property: the preferred value, whether sources disagree, and the numeric spread.
import { formatPartialDate } from "../entries/format-date";
import { ALL_CLAIM_PROPERTIES, type Claim, type ClaimValue } from "./claim-schema";

export type NumericFigure = {
  claimId: string;
  value: number | { low: number; high: number };
  assertedBy?: string;
};

export type NumericSummary = {
  low: number;
  high: number;
  /** The lowest figure anyone gives (a range counts by its low end), as UCDP and ACLED report. */
  conservative: number;
  preferred?: number;
  /** Set when the figures are those of one qualifier category (e.g. civilians) rather than uncategorised. */
  category?: string;
  values: NumericFigure[];
};

export type PropertySummary = {
  property: Claim["property"];
  /** Every claim: preferred first, deprecated last, otherwise in record order. */
  claims: Claim[];
  /** The non-deprecated claims, in the same order. */
  active: Claim[];
  preferred: Claim | null;
  isDisputed: boolean;
  numeric?: NumericSummary;
};

const RANK_ORDER: Record<Claim["rank"], number> = { preferred: 0, normal: 1, deprecated: 2 };
const NEGATING_NATURES: ReadonlySet<Claim["nature"]> = new Set(["denied", "doubted"]);

function isNegating(claim: Claim): boolean {
  return NEGATING_NATURES.has(claim.nature);
}

function normaliseText(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** Two claim values are the same when their keys are equal: structural, not textual, equality. */
export function claimValueKey(value: ClaimValue): string {
  switch (value.type) {
    case "number":
      return `number:${value.value}`;
    case "range":
      // "18–18" says the same as "18".
      return value.low === value.high ? `number:${value.low}` : `range:${value.low}-${value.high}`;
    case "text":
      return `text:${normaliseText(value.text)}`;
    case "actor":
      return `actor:${value.actor}`;
    case "date": {
      const d = value.date;
      // A date the sources do not give is told only by its note ("Monday" is not "Tuesday").
      if (d.precision === "unknown") return `date:unknown:${normaliseText(d.note ?? "")}`;
      return `date:${d.year ?? ""}-${d.month ?? ""}-${d.day ?? ""}-${d.precision}`;
    }
    case "unknown":
      return "unknown";
  }
}

// Figures for different categories (all dead vs. minors among them) do not contradict each other.
function categoryKey(claim: Claim): string {
  const category = claim.qualifiers?.category;
  return category ? normaliseText(category) : "";
}

/**
 * Claims of one category disagree when those that affirm give different values, or when one denies
 * or doubts a value another affirms. A denial of a value nobody affirms contradicts no one.
 */
function hasDisagreement(claims: Claim[]): boolean {
  const affirmed = new Set<string>();
  const negated = new Set<string>();
  for (const claim of claims) (isNegating(claim) ? negated : affirmed).add(claimValueKey(claim.value));
  if (affirmed.size > 1) return true;
  for (const key of negated) if (affirmed.has(key)) return true;
  return false;
}

function isDisputedAmong(active: Claim[]): boolean {
  const byCategory = new Map<string, Claim[]>();
  for (const claim of active) {
    const key = categoryKey(claim);
    byCategory.set(key, [...(byCategory.get(key) ?? []), claim]);
  }
  return [...byCategory.values()].some(hasDisagreement);
}

function summarizeNumbers(active: Claim[], preferred: Claim | null): NumericSummary | undefined {
  const headline = preferred ?? active[0];
  if (!headline) return undefined;
  const category = categoryKey(headline);
  const values: NumericFigure[] = [];
  for (const claim of active) {
    if (isNegating(claim) || categoryKey(claim) !== category) continue;
    const figure: NumericFigure | undefined =
      claim.value.type === "number"
        ? { claimId: claim.id, value: claim.value.value }
        : claim.value.type === "range"
          ? { claimId: claim.id, value: { low: claim.value.low, high: claim.value.high } }
          : undefined;
    if (!figure) continue;
    if (claim.assertedBy) figure.assertedBy = claim.assertedBy;
    values.push(figure);
  }
  if (values.length === 0) return undefined;

  const lows = values.map((f) => (typeof f.value === "number" ? f.value : f.value.low));
  const highs = values.map((f) => (typeof f.value === "number" ? f.value : f.value.high));
  const low = Math.min(...lows);
  const summary: NumericSummary = { low, high: Math.max(...highs), conservative: low, values };
  if (preferred?.value.type === "number" && categoryKey(preferred) === category) summary.preferred = preferred.value.value;
  const categoryLabel = headline.qualifiers?.category;
  if (categoryLabel) summary.category = categoryLabel;
  return summary;
}

function propertyOrder(property: string): number {
  const index = ALL_CLAIM_PROPERTIES.indexOf(property);
  return index === -1 ? ALL_CLAIM_PROPERTIES.length : index;
}

export function summarizeClaims(claims: Claim[]): PropertySummary[] {
  const byProperty = new Map<string, Claim[]>();
  for (const claim of claims) byProperty.set(claim.property, [...(byProperty.get(claim.property) ?? []), claim]);

  // Schema order (fatalities before perpetrator...); properties it does not know keep their first-seen order.
  const properties = [...byProperty.keys()]
    .map((property, seen) => ({ property, seen }))
    .sort((a, b) => propertyOrder(a.property) - propertyOrder(b.property) || a.seen - b.seen)
    .map((p) => p.property);

  return properties.map((property) => {
    const ordered = (byProperty.get(property) ?? [])
      .map((claim, index) => ({ claim, index }))
      .sort((a, b) => RANK_ORDER[a.claim.rank] - RANK_ORDER[b.claim.rank] || a.index - b.index)
      .map((c) => c.claim);
    const active = ordered.filter((c) => c.rank !== "deprecated");
    const isDisputed = isDisputedAmong(active);
    const preferred = active.find((c) => c.rank === "preferred") ?? (isDisputed ? null : (active[0] ?? null));
    const summary: PropertySummary = { property, claims: ordered, active, preferred, isDisputed };
    const numeric = summarizeNumbers(active, preferred);
    if (numeric) summary.numeric = numeric;
    return summary;
  });
}

/** Human text for a value: "18", "14–18", "unknown", an actor's name, "23 May 2021", "February (year not given)". */
export function formatClaimValue(value: ClaimValue, resolveActorName?: (slug: string) => string): string {
  switch (value.type) {
    case "number":
      return formatCount(value.value);
    case "range":
      return value.low === value.high ? formatCount(value.low) : `${formatCount(value.low)}\u2013${formatCount(value.high)}`;
    case "text":
      return value.text;
    case "actor":
      return resolveActorName ? resolveActorName(value.actor) : value.actor;
    case "date":
      return formatPartialDate(value.date);
    case "unknown":
      return "unknown";
  }
}

// Grouped by hand, not with toLocaleString, so server and browser print the same digits.
function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Publishing requires at least one citation per claim; these are the ones that have none. */
export function uncitedClaimIds(claims: Claim[]): string[] {
  return claims.filter((c) => c.citations.length === 0).map((c) => c.id);
}
