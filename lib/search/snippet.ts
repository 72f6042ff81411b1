import { foldText } from "./fold-text";
import { highlightTerms } from "./search-terms";

export type SnippetPart = { text: string; isMatch: boolean };

/**
 * A short window of the original text around the first match, with matches marked. Matching compares
 * folded words by prefix, so accents and simple inflections ("asesinados"/"asesinado") still highlight;
 * synonyms the query stood for ("masacre" → "massacre") and near misses ("vizcatn" → "Vizcatán") too.
 * Parts are plain text: the page renders them as React text nodes, so nothing in them is markup.
 */
export function buildSnippet(text: string, query: string, radius = 90): SnippetPart[] {
  const terms = highlightTerms(query);
  const words = text.replace(/\s+/g, " ").split(/(\s+)/);
  const isMatch = (word: string) => {
    const f = foldText(word).replace(/[^\p{L}\p{N}]/gu, "");
    return f.length > 0 && terms.some((t) => f.startsWith(t) || (t.length > 4 && t.startsWith(f) && f.length >= t.length - 2) || isNearMiss(t, f));
  };
  let offset = 0;
  let firstMatchAt = -1;
  const positioned = words.map((word) => {
    const part = { text: word, isMatch: /\S/.test(word) && isMatch(word), at: offset };
    if (part.isMatch && firstMatchAt < 0) firstMatchAt = offset;
    offset += word.length;
    return part;
  });
  const start = Math.max(0, (firstMatchAt < 0 ? 0 : firstMatchAt) - radius);
  const end = start + radius * 2;
  const window = positioned.filter((p) => p.at >= start && p.at < end);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: "… ", isMatch: false });
  for (const p of window) {
    const last = parts[parts.length - 1];
    if (last && !last.isMatch && !p.isMatch) last.text += p.text;
    else parts.push({ text: p.text, isMatch: p.isMatch });
  }
  if (end < offset) parts.push({ text: " …", isMatch: false });
  return parts;
}

/** One edit away for words of 5+ letters, two for 9+: the typos that trigram search forgives. */
export function isNearMiss(typed: string, word: string): boolean {
  if (typed.length < 5) return false;
  const allowed = typed.length >= 9 ? 2 : 1;
  if (Math.abs(typed.length - word.length) > allowed) return false;
  let previous = Array.from({ length: word.length + 1 }, (_, j) => j);
  for (let i = 1; i <= typed.length; i++) {
    const current = [i];
    for (let j = 1; j <= word.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (typed[i - 1] === word[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[word.length]! <= allowed;
}
