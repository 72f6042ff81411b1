// Compares two revisions' content for the review screen, the compare page, the corrections log and the feed.
// Content is treated generically (any field, any nesting) so that a new schema field never breaks a comparison;
// what is domain lives beside it: field order (field-order.ts), which list items are the same item
// (match-items.ts), what a change means in one line (summarize-changes.ts). Text is diffed with jsdiff (diff-words.ts).
import { diffWords, type WordOp } from "./diff-words";
import { orderedKeys } from "./field-order";
import { matchItems } from "./match-items";
import { isPlainObject, isSameValue, type Content } from "./same-value";

export { diffWords, orderedKeys, type WordOp };
export { summarizeChanges } from "./summarize-changes";

export type FieldChange =
  | { kind: "added"; field: string; after: unknown }
  | { kind: "removed"; field: string; before: unknown }
  | { kind: "changed"; field: string; before: unknown; after: unknown; words?: WordOp[] }
  | { kind: "items"; field: string; matchedBy: "id" | "value"; items: ItemChange[] };

export type ItemChange =
  | { kind: "added"; key: string; toIndex: number; after: unknown }
  | { kind: "removed"; key: string; fromIndex: number; before: unknown }
  | {
      kind: "changed";
      key: string;
      fromIndex: number;
      toIndex: number;
      /** True when the item also changed position relative to the items around it. */
      isMoved: boolean;
      before: unknown;
      after: unknown;
      /** Paths relative to the item (e.g. "value.value", "citations"). */
      changes: FieldChange[];
    }
  | { kind: "moved"; key: string; fromIndex: number; toIndex: number; item: unknown };

/** Changes from `before` (null: nothing, a first revision) to `after`; stored JSON of any shape is accepted. */
export function diffContent(before: Content | null, after: Content): FieldChange[] {
  if (before === null) {
    // From nothing: every field is new, even an empty list, so a first revision shows its whole shape.
    return orderedKeys([after]).map((field) => ({ kind: "added", field, after: after[field] }));
  }
  const changes: FieldChange[] = [];
  diffObject("", before, after, changes);
  return changes;
}

function joinPath(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf(".") + 1);
}

function diffObject(path: string, before: Content, after: Content, out: FieldChange[]): void {
  for (const key of orderedKeys([after, before])) diffValue(joinPath(path, key), before[key], after[key], out);
}

const PROSE_FIELDS = new Set(["body", "summary", "description", "note", "notes", "text", "quote", "reliabilityNote", "deprecationReason"]);

function isProse(path: string, before: string, after: string): boolean {
  if (PROSE_FIELDS.has(lastSegment(path))) return true;
  return [before, after].some((s) => s.length > 40 || /\s/.test(s.trim()));
}

function diffValue(path: string, before: unknown, after: unknown, out: FieldChange[]): void {
  if (isSameValue(before, after)) return;
  if (before === undefined) {
    out.push({ kind: "added", field: path, after });
    return;
  }
  if (after === undefined) {
    out.push({ kind: "removed", field: path, before });
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    out.push(diffArray(path, before, after));
    return;
  }
  // A tagged value that switched variant (a claim going from a number to a range) is one change, not a
  // scatter of added and removed sub-fields.
  if (isPlainObject(before) && isPlainObject(after) && (!("type" in before) || before.type === after.type)) {
    diffObject(path, before, after, out);
    return;
  }
  if (typeof before === "string" && typeof after === "string" && isProse(path, before, after)) {
    out.push({ kind: "changed", field: path, before, after, words: diffWords(before, after) });
    return;
  }
  out.push({ kind: "changed", field: path, before, after });
}

function diffArray(path: string, before: readonly unknown[], after: readonly unknown[]): FieldChange {
  const { matchedBy, matches } = matchItems(lastSegment(path), before, after);
  const items = matches.flatMap((match): ItemChange[] => {
    if (match.kind === "added") return [{ kind: "added", key: match.after.key, toIndex: match.after.index, after: match.after.item }];
    if (match.kind === "removed") return [{ kind: "removed", key: match.before.key, fromIndex: match.before.index, before: match.before.item }];
    const { before: b, after: a, isMoved } = match;
    const moved = { key: a.key, fromIndex: b.index, toIndex: a.index };
    if (isSameValue(b.item, a.item)) return isMoved ? [{ kind: "moved", ...moved, item: a.item }] : [];
    const changes: FieldChange[] = [];
    if (isPlainObject(b.item) && isPlainObject(a.item)) diffObject("", b.item, a.item, changes);
    else diffValue("value", b.item, a.item, changes);
    return [{ kind: "changed", ...moved, isMoved, before: b.item, after: a.item, changes }];
  });
  return { kind: "items", field: path, matchedBy, items };
}
