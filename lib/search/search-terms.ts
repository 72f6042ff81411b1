import { foldText } from "./fold-text";

/**
 * Words the record uses for the same thing, in English and Spanish, folded (no accents, lower case).
 * A query that says one of them also finds the others: "masacre" or "matanza" finds the massacre,
 * "Sendero Luminoso" the Shining Path (and the MPCP, its splinter, whose entries use that name).
 * Kept to the record's own vocabulary (see prisma/seed/record/): every group is a word a reader of
 * the other language would type.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["massacre", "masacre", "matanza"],
  ["shining path", "sendero luminoso", "sendero"],
  ["militarized communist party of peru", "militarizado partido comunista del peru", "mpcp"],
  ["attack", "ataque", "atentado"],
  ["killings", "asesinatos", "killed", "asesinados", "asesinadas"],
  ["army", "ejercito"],
  ["armed forces", "fuerzas armadas", "ccffaa"],
  ["police", "policia"],
  ["prosecutor", "fiscal", "fiscalia"],
  ["victims", "victimas"],
  ["communique", "comunicado"],
  ["self defence committee", "comite de autodefensa", "autodefensa"],
  ["drug trafficking", "narcotrafico", "narcotraficantes", "drug traffickers"],
  ["elections", "elecciones"],
  ["leaflets", "panfletos", "pamphlet", "panfleto"],
  ["ambush", "emboscada"],
  ["truth and reconciliation commission", "comision de la verdad y reconciliacion", "cvr"],
];

const MAX_TERMS = 12;

/** One unit of a query: a word typed by the reader, or a phrase of a synonym group with its alternatives. */
export type QueryUnit = { typed: string; alternatives: string[][] };

export function queryWords(query: string): string[] {
  return foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_TERMS);
}

function splitPhrase(phrase: string): string[] {
  return phrase.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const PHRASES = SYNONYM_GROUPS.flatMap((group, index) => group.map((phrase) => ({ words: splitPhrase(phrase), index }))).sort(
  (a, b) => b.words.length - a.words.length,
);

// "masacres" is "masacre" for the synonym table; alternatives are matched as prefixes anyway.
function sameWord(typed: string, known: string): boolean {
  return typed === known || (known.length >= 4 && (typed === `${known}s` || typed === `${known}es`));
}

/** Splits a query into units, replacing each phrase found in a synonym group (longest first) by the group. */
export function parseQuery(query: string): QueryUnit[] {
  const words = queryWords(query);
  const units: QueryUnit[] = [];
  for (let i = 0; i < words.length;) {
    const found = PHRASES.find((p) => p.words.every((w, k) => words[i + k] !== undefined && sameWord(words[i + k]!, w)));
    if (found) {
      units.push({ typed: words.slice(i, i + found.words.length).join(" "), alternatives: SYNONYM_GROUPS[found.index]!.map(splitPhrase) });
      i += found.words.length;
    } else {
      units.push({ typed: words[i]!, alternatives: [[words[i]!]] });
      i += 1;
    }
  }
  return units;
}

// A lexeme of a tsquery: only letters and digits reach here (queryWords), so quoting cannot break out.
function lexeme(word: string, isPrefix: boolean): string {
  return `'${word}'${isPrefix && word.length >= 3 ? ":*" : ""}`;
}

/**
 * The forgiving tsquery (for to_tsquery('simple', …)): every unit must match, each word of it as a
 * prefix (so "vizca" finds "Vizcatán"), any alternative of a synonym group will do.
 * Returns null when nothing searchable is left.
 */
export function forgivingTsQuery(units: QueryUnit[]): string | null {
  if (units.length === 0) return null;
  return units
    .map((unit) => {
      const options = unit.alternatives.map((words) => {
        const phrase = words.map((w, k) => lexeme(w, k === words.length - 1)).join(" <-> ");
        return words.length > 1 ? `(${phrase})` : phrase;
      });
      return options.length > 1 ? `(${options.join(" | ")})` : options[0]!;
    })
    .join(" & ");
}

/** The folded words a result snippet should highlight: what was typed plus the synonyms it stood for. */
export function highlightTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const unit of parseQuery(query)) for (const words of unit.alternatives) for (const w of words) terms.add(w);
  return [...terms].filter((t) => t.length >= 2);
}
