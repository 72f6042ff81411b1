import { foldText } from "./fold-text";

export type SnippetPart = { text: string; isMatch: boolean };

/**
 * A short window of the original text around the first match, with matches marked. Matching compares
 * folded words by prefix, so accents and simple inflections ("asesinados"/"asesinado") still highlight.
 */
export function buildSnippet(text: string, query: string, radius = 90): SnippetPart[] {
  const terms = foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length >= 2);
  const words = text.replace(/\s+/g, " ").split(/(\s+)/);
  const isMatch = (word: string) => {
    const f = foldText(word).replace(/[^\p{L}\p{N}]/gu, "");
    return f.length > 0 && terms.some((t) => f.startsWith(t) || (t.length > 4 && t.startsWith(f) && f.length >= t.length - 2));
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
