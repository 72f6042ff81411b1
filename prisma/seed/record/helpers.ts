// Small builders for the seeded record: dates, citations, claims and revision steps.
import type { Claim } from "../../../lib/claims/claim-schema";
import type { Citation, PartialDate } from "../../../lib/entries/common-schema";
import type { ContentByKind } from "../../../lib/entries/content-schema";
import type { DemoAuthor, SeedEntry, SeedRevision } from "../types";

export type EventContent = ContentByKind["event"];
export type ActorContent = ContentByKind["actor"];
export type SourceContent = ContentByKind["source"];

/** A day-precision date. */
export const day = (year: number, month: number, d: number, note?: string): PartialDate => ({
  year,
  month,
  day: d,
  precision: "day",
  ...(note ? { note } : {}),
});
/** A month-precision date; pass year undefined when the source gives none (a note then says so). */
export const month = (year: number | undefined, m: number, note?: string): PartialDate => ({
  ...(year !== undefined ? { year } : {}),
  month: m,
  precision: "month",
  ...(note ? { note } : {}),
});
export const year = (y: number, note?: string): PartialDate => ({ year: y, precision: "year", ...(note ? { note } : {}) });
/** A date the sources do not give: the note says what they do tell, and no year is guessed. */
export const notGiven = (note: string): PartialDate => ({ precision: "unknown", note });

/** A citation: source slug, optional locator and short quote. */
export const cite = (source: string, locator?: string, quote?: string): Citation => ({
  source,
  ...(locator ? { locator } : {}),
  ...(quote ? { quote } : {}),
});

type ClaimInput = Omit<Claim, "rank"> & { rank?: Claim["rank"] };
export const claim = (c: ClaimInput): Claim => ({ rank: "normal", ...c });

export const pub = <C>(content: C, summary: string, author: DemoAuthor, reviewer: DemoAuthor): SeedRevision<C> => ({
  content,
  summary,
  author,
  state: "published",
  reviewer,
});

// Authorship is spread across the two editors, approved by the reviewer or the admin.
const PAIRS: [DemoAuthor, DemoAuthor][] = [
  ["editor", "reviewer"],
  ["editor2", "admin"],
  ["editor", "admin"],
  ["editor2", "reviewer"],
];
let turn = 0;
export function nextPair(): [DemoAuthor, DemoAuthor] {
  const pair = PAIRS[turn % PAIRS.length]!;
  turn++;
  return pair;
}

/** An entry with one published revision. */
export function once<K extends SeedEntry["kind"]>(kind: K, content: ContentByKind[K], summary: string): SeedEntry {
  const [author, reviewer] = nextPair();
  return { kind, history: [pub(content, summary, author, reviewer)] } as SeedEntry;
}
