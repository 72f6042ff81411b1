// Pandoc-style citation markers in Markdown bodies: `[@slug]`, `[@slug, p. 3]`, `[@a; @b, p. 2]`.
// Pure and client-safe: the editor's preview, the server's validation and the renderer share it.

export type CitationItem = { slug: string; locator?: string };
export type CitationMarker = {
  items: CitationItem[];
  /** Offset of the opening bracket and of the character after the closing one. */
  start: number;
  end: number;
  line: number;
  column: number;
};
export type CitationProblem = { slug: string; line: number; column: number; message: string };

const ITEM = /^\s*@([a-z0-9]+(?:-[a-z0-9]+)*)\s*(?:,\s*([^;\]]*?))?\s*$/;
const MAX_MARKER_LENGTH = 400;

/**
 * Reads a marker starting at `src[pos] === "["`. Returns null when the bracket is not a citation
 * (a link, an e-mail address in brackets, prose): every `;`-separated item must be `@slug[, locator]`.
 */
export function matchCitationAt(src: string, pos: number): { items: CitationItem[]; end: number } | null {
  if (src[pos] !== "[" || src[pos + 1] !== "@") return null;
  const close = src.indexOf("]", pos + 2);
  if (close === -1 || close - pos > MAX_MARKER_LENGTH) return null;
  const inner = src.slice(pos + 1, close);
  if (inner.includes("[") || inner.includes("\n\n")) return null;
  // `[@slug](url)` is a link whose text starts with @, not a citation.
  if (src[close + 1] === "(") return null;
  const items: CitationItem[] = [];
  for (const part of inner.split(";")) {
    const match = ITEM.exec(part);
    if (!match) return null;
    const locator = match[2]?.trim();
    items.push(locator ? { slug: match[1]!, locator } : { slug: match[1]! });
  }
  return { items, end: close + 1 };
}

/** Lengths of the backtick runs that open code spans / fences are matched like CommonMark does. */
function skipCode(src: string, pos: number): number {
  let run = 0;
  while (src[pos + run] === "`") run++;
  const fence = "`".repeat(run);
  const atLineStart = pos === 0 || src[pos - 1] === "\n" || /^\n?[ ]{0,3}$/.test(src.slice(src.lastIndexOf("\n", pos - 1) + 1, pos));
  if (run >= 3 && atLineStart) {
    // A fenced block runs to the closing fence on its own line, or to the end of the text.
    const closing = new RegExp(`\\n[ ]{0,3}${fence}\`*[ \\t]*(?:\\n|$)`, "g");
    closing.lastIndex = pos + run;
    const found = closing.exec(src);
    return found ? found.index + found[0].length : src.length;
  }
  let search = pos + run;
  while (search < src.length) {
    const next = src.indexOf(fence, search);
    if (next === -1) return pos + run; // unmatched backticks are literal text
    let after = next + run;
    if (src[after] !== "`") return after;
    while (src[after] === "`") after++;
    search = after;
  }
  return pos + run;
}

/** Every citation marker outside code, with its 1-based line and column. */
export function parseCitations(src: string): CitationMarker[] {
  const markers: CitationMarker[] = [];
  let line = 1;
  let lineStart = 0;
  let pos = 0;
  const advanceTo = (target: number) => {
    for (let i = pos; i < target; i++) {
      if (src[i] === "\n") {
        line++;
        lineStart = i + 1;
      }
    }
    pos = target;
  };
  while (pos < src.length) {
    const ch = src[pos];
    if (ch === "\\") {
      advanceTo(Math.min(pos + 2, src.length));
    } else if (ch === "`") {
      advanceTo(skipCode(src, pos));
    } else if (ch === "[") {
      const match = matchCitationAt(src, pos);
      if (match) {
        markers.push({ items: match.items, start: pos, end: match.end, line, column: pos - lineStart + 1 });
        advanceTo(match.end);
      } else {
        advanceTo(pos + 1);
      }
    } else {
      advanceTo(pos + 1);
    }
  }
  return markers;
}

/** The distinct source slugs a body cites, in order of first appearance. */
export function citedSlugs(src: string): string[] {
  return [...new Set(parseCitations(src).flatMap((m) => m.items.map((i) => i.slug)))];
}

/** Markers naming a source that does not exist, each with where it is, for a message next to the field. */
export function findCitationProblems(src: string, knownSlugs: ReadonlySet<string>): CitationProblem[] {
  return parseCitations(src).flatMap((marker) =>
    marker.items
      .filter((item) => !knownSlugs.has(item.slug))
      .map((item) => ({
        slug: item.slug,
        line: marker.line,
        column: marker.column,
        message: `[@${item.slug}] cites a source that does not exist (line ${marker.line}, column ${marker.column})`,
      })),
  );
}
