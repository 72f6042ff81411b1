// One step across a whole entry: every citation of one source swapped for another, or removed. Used by
// the editor when a cited source was withdrawn (keep, replace or remove). Pure and client-safe.
import { isPlainObject } from "../revisions/same-value";
import { parseCitations } from "./parse-citations";

/** A body with each marker's `@from` item renamed to `@to`, or dropped (a marker left empty goes too). */
export function replaceInBody(body: string, from: string, to: string | null): string {
  let out = "";
  let at = 0;
  for (const marker of parseCitations(body)) {
    if (!marker.items.some((item) => item.slug === from)) continue;
    const items = marker.items
      .map((item) => (item.slug === from ? (to ? { ...item, slug: to } : null) : item))
      .filter((item): item is NonNullable<typeof item> => item !== null);
    const text = items.length === 0 ? "" : `[${items.map((i) => `@${i.slug}${i.locator ? `, ${i.locator}` : ""}`).join("; ")}]`;
    // A removed marker takes the space before it with it: "said so [@x]." becomes "said so."
    const start = text === "" && body[marker.start - 1] === " " ? marker.start - 1 : marker.start;
    out += body.slice(at, start) + text;
    at = marker.end;
  }
  return out + body.slice(at);
}

/** How many times a value (a draft or content) cites `slug`: citation lists and body markers. */
export function countCitations(value: unknown, slug: string): number {
  let count = 0;
  const visit = (node: unknown, key?: string) => {
    if (key === "body" && typeof node === "string") {
      count += parseCitations(node).reduce((n, m) => n + m.items.filter((i) => i.slug === slug).length, 0);
    } else if (Array.isArray(node)) {
      for (const item of node) visit(item);
    } else if (isPlainObject(node)) {
      if (key === "citations" || ("source" in node && Object.keys(node).every((k) => ["source", "locator", "quote"].includes(k)))) {
        if (node.source === slug) count++;
        return;
      }
      for (const [k, v] of Object.entries(node)) visit(v, k);
    }
  };
  visit(value);
  return count;
}

/**
 * The same value with every citation of `from` (in any `citations` list and in the body) pointing at `to`,
 * or removed when `to` is null. A list that cited both keeps one citation of `to`.
 */
export function replaceCitedSource(value: Record<string, unknown>, from: string, to: string | null): Record<string, unknown> {
  const visit = (node: unknown, key?: string): unknown => {
    if (key === "body" && typeof node === "string") return replaceInBody(node, from, to);
    if (key === "citations" && Array.isArray(node)) {
      const out: unknown[] = [];
      const sourceOf = (citation: unknown) => (isPlainObject(citation) ? citation.source : undefined);
      for (const citation of node) {
        if (!isPlainObject(citation) || citation.source !== from) {
          out.push(citation);
        } else if (to && !node.some((other) => sourceOf(other) === to)) {
          out.push({ ...citation, source: to });
        }
      }
      return out;
    }
    if (Array.isArray(node)) return node.map((item) => visit(item));
    if (node && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, visit(v, k)]));
    return node;
  };
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]));
}
