// The Spanish variants of the seeded record: the translatable text of each entry, keyed by the English
// entry's slug. What is not text (dates, places' coordinates, claim values and citations, participants'
// actors and roles, grades, types) stays shared with the English entry and is not repeated here.
//
// Field by field this follows lib/entries/{event,actor,source}-schema.ts and lib/claims/claim-schema.ts:
// every free-text field a reader sees has its Spanish counterpart, addressed by the stable id the English
// seed gives the item (claim id, participant id, timeline id, affiliation id, related event slug).
// Enumerations (event type, role, relation, nature, rank, precision…) are translated by the interface's
// message catalogues, not here. Body citations use the English seed's source slugs, as the citation parser
// checks them against the record (`[@ojo-publico-2021-05-24, n. 5]`); a locator inside a Spanish body is
// written in Spanish.

/** A Spanish alias: always tagged `es`, even when it is a name a Spanish reader types in another language. */
export type SpanishAlias = { name: string; lang: "es" };

/**
 * A quote's place in the English entry: `claim:<claimId>:<n>`, `participant:<id>:<n>`, `timeline:<id>:<n>`,
 * `affiliation:<id>:<n>` (the n-th citation of that item, counting from 1) or, on a source, `excerpt:<n>`.
 * Quotes stay in their original language; the variant carries a translation beside them.
 */
export type QuoteId = `${"claim" | "participant" | "timeline" | "affiliation"}:${string}:${number}` | `excerpt:${number}`;

/**
 * The Spanish text of one shared claim. Its value, citations, asserter, nature and rank stay shared.
 * `label` is the one line a Spanish reader sees in "Dónde discrepan las fuentes"; the other fields exist
 * exactly when the English claim has them (the test checks it).
 */
export type SpanishClaimText = {
  label: string;
  /** The value, when the claim's value is text. */
  valueText?: string;
  note?: string;
  /** qualifiers.category, e.g. "menores de edad". */
  category?: string;
  /** qualifiers.asOf.note */
  asOfNote?: string;
  /** value.date.note, when the value is a date with a note. */
  dateNote?: string;
  deprecationReason?: string;
};

type VariantBase = {
  /** The English entry this variant translates. */
  entrySlug: string;
  /** The Spanish variant's own slug, used under /es/. */
  slug: string;
  title: string;
  aliases: SpanishAlias[];
  /** Every claim of the English latest revision, by claim id. */
  claimLabels: Record<string, SpanishClaimText>;
  /** Spanish translations of quotes that are not in Spanish. */
  quoteTranslations: Partial<Record<QuoteId, string>>;
  /** English translations of quotes that are in Spanish (the English record carries none). */
  quoteTranslationsEn: Partial<Record<QuoteId, string>>;
};

export type SpanishEventVariant = VariantBase & {
  kind: "event";
  /** Two sentences. */
  summary: string;
  /** Markdown with citations, written in Spanish from the sources (not a sentence-by-sentence translation). */
  body: string;
  investigationNote?: string;
  /** The place's names as a Spanish reader writes them; coordinates and precision stay shared. */
  place: { name: string; district?: string; province?: string; region?: string; country?: string };
  dateNotes?: { start?: string; end?: string };
  /** participants[].note, by participant id. */
  participantNotes: Record<string, string>;
  /** timeline[].text (and its date note, if any), by timeline id. */
  timeline: Record<string, { text: string; dateNote?: string }>;
  /** related[].note, by the related event's slug. */
  relatedNotes: Record<string, string>;
};

export type SpanishActorVariant = VariantBase & {
  kind: "actor";
  /** One or two sentences. */
  description: string;
  /** Empty exactly when the English body is empty. */
  body: string;
  foundedNote?: string;
  dissolvedNote?: string;
  /** affiliations[].note (and start/end date notes), by affiliation id. */
  affiliations: Record<string, { note?: string; startNote?: string; endNote?: string }>;
};

export type SpanishSourceVariant = VariantBase & {
  kind: "source";
  summary: string;
  reliabilityNote?: string;
  publishedNote?: string;
};

/** The Spanish variant of one seeded entry. */
export type SpanishVariant = SpanishEventVariant | SpanishActorVariant | SpanishSourceVariant;
