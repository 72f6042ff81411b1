// Three-way merge of two edits made from the same base, as MediaWiki does it: whatever only one side
// changed is taken from that side, at any depth; a text both sides changed is merged line by line (sentence
// by sentence for one-line text) with diff3 against the base, and only hunks both sides changed in overlapping
// places are conflicts. No side's text is dropped without a person choosing.
import { diff3Merge } from "node-diff3";
import { isPlainObject, isSameValue, type Content } from "./same-value";

export { storedObject } from "./same-value";

/** A text both sides changed, cut into what merged and what a person must choose. */
export type TextPiece = { kind: "same"; text: string } | { kind: "conflict"; base: string; theirs: string; mine: string };

export type FieldConflict =
  | { kind: "text"; path: string; base: string; theirs: string; mine: string; pieces: TextPiece[] }
  | { kind: "value"; path: string; base: unknown; theirs: unknown; mine: unknown };

/**
 * On a conflict `merged` still holds every change that merged, with your own value at each conflicting path
 * (so what is shown or saved while a choice is pending never loses your text).
 */
export type MergeResult = { ok: true; merged: Record<string, unknown> } | { ok: false; merged: Record<string, unknown>; conflicts: FieldConflict[] };

export function changedFields(before: Content, after: Content): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !isSameValue(before[k], after[k])).sort();
}

// Lines keep their newline, so joining the tokens gives the text back byte for byte.
function lines(text: string): string[] {
  return text.split(/(?<=\n)/);
}

// One-line text (a summary, a note) has no lines to tell two edits apart: sentences do, with the spaces between
// them as tokens of their own, so a sentence added at either end leaves its neighbours untouched.
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…]["'”’»)\]]*)(\s+)/).filter((token) => token !== "");
}

export type TextMerge = { ok: true; text: string } | { ok: false; pieces: TextPiece[] };

export function mergeText({ base, theirs, mine }: { base: string; theirs: string; mine: string }): TextMerge {
  const isMultiLine = [base, theirs, mine].some((text) => text.includes("\n"));
  const tokens = isMultiLine ? lines : sentences;
  // node-diff3 names the sides a (ours), o (the common base), b (theirs); identical changes on both sides merge.
  const regions = diff3Merge(tokens(mine), tokens(base), tokens(theirs), { excludeFalseConflicts: true });
  const pieces: TextPiece[] = [];
  for (const region of regions) {
    if (region.ok) {
      const text = region.ok.join("");
      const last = pieces.at(-1);
      if (last?.kind === "same") last.text += text;
      else if (text !== "") pieces.push({ kind: "same", text });
    } else if (region.conflict) {
      const { a, o, b } = region.conflict;
      pieces.push({ kind: "conflict", base: o.join(""), theirs: b.join(""), mine: a.join("") });
    }
  }
  if (pieces.every((piece) => piece.kind === "same")) return { ok: true, text: pieces.map((piece) => piece.text).join("") };
  return { ok: false, pieces };
}

/** Both hunks kept, theirs first: on their own lines in multi-line text, else as sentences. */
export function joinBoth(theirs: string, mine: string): string {
  if (theirs === "" || mine === "" || /\s$/.test(theirs) || /^\s/.test(mine)) return theirs + mine;
  return theirs + (theirs.includes("\n") || mine.includes("\n") ? "\n" : " ") + mine;
}

/** The text once every conflicting hunk has its chosen text (in order); null while one is still unchosen. */
export function resolveText(pieces: readonly TextPiece[], chosen: readonly (string | undefined)[]): string | null {
  let text = "";
  let conflictIndex = 0;
  for (const piece of pieces) {
    if (piece.kind === "same") {
      text += piece.text;
      continue;
    }
    const choice = chosen[conflictIndex++];
    if (choice === undefined) return null;
    text += choice;
  }
  return text;
}

function sameItemIdentity(a: unknown, b: unknown): boolean {
  const idOf = (item: unknown) => (isPlainObject(item) ? item.id : undefined);
  return idOf(a) === idOf(b);
}

// Lists of items without ids (aliases, citations) merge item by item only when neither side added, removed or
// moved an item: then item i is the same item on all three sides. Any other change to a list both sides edited
// is one choice for the whole list.
function isParallelList(base: unknown, theirs: unknown, mine: unknown): base is unknown[] {
  if (!Array.isArray(base) || !Array.isArray(theirs) || !Array.isArray(mine)) return false;
  if (theirs.length !== base.length || mine.length !== base.length) return false;
  return base.every((item, i) => sameItemIdentity(item, theirs[i]) && sameItemIdentity(item, mine[i]));
}

/** The items' ids, when every item is an object with an id of its own (participants, timeline moments, claims). */
function itemIds(list: readonly unknown[]): string[] | null {
  const ids = list.map((item) => (isPlainObject(item) && typeof item.id === "string" ? item.id : null));
  if (ids.some((id) => id === null) || new Set(ids).size !== ids.length) return null;
  return ids as string[];
}

// Lists of items with ids merge as a record of items: what one side added, removed or moved is kept (the order
// merged with diff3 over the ids; items both sides added at one place go theirs first), and an item both sides
// kept merges like any object. Null when the sides cannot be reconciled item by item: one side removed an item
// the other changed, or both moved items across the same place.
function mergeListById(path: string, base: unknown[], theirs: unknown[], mine: unknown[], conflicts: FieldConflict[]): unknown[] | null {
  const [baseIds, theirIds, myIds] = [itemIds(base), itemIds(theirs), itemIds(mine)];
  if (!baseIds || !theirIds || !myIds) return null;
  const order: string[] = [];
  for (const region of diff3Merge(myIds, baseIds, theirIds, { excludeFalseConflicts: true })) {
    if (region.ok) order.push(...region.ok);
    else if (region.conflict && region.conflict.o.length === 0)
      order.push(...region.conflict.b, ...region.conflict.a.filter((id) => !region.conflict!.b.includes(id)));
    else return null;
  }
  const byId = (list: unknown[], ids: string[]) => new Map(ids.map((id, i) => [id, list[i]]));
  const [baseItems, theirItems, myItems] = [byId(base, baseIds), byId(theirs, theirIds), byId(mine, myIds)];
  // An item one side removed stays removed, even where the other side's order still places it (it moved it):
  // unless that side also changed it, which is a choice for a person.
  const removedIds = new Set(baseIds.filter((id) => !theirItems.has(id) || !myItems.has(id)));
  for (const id of removedIds) {
    const remaining = theirItems.get(id) ?? myItems.get(id);
    if (remaining !== undefined && !isSameValue(remaining, baseItems.get(id))) return null;
  }
  const itemConflicts: FieldConflict[] = [];
  const merged = order
    .filter((id) => !removedIds.has(id))
    .map((id, i) => mergeValue(`${path}.${i}`, baseItems.get(id), theirItems.get(id), myItems.get(id), itemConflicts));
  conflicts.push(...itemConflicts);
  return merged;
}

function mergeValue(path: string, base: unknown, theirs: unknown, mine: unknown, conflicts: FieldConflict[]): unknown {
  if (isSameValue(theirs, mine) || isSameValue(base, theirs)) return mine;
  if (isSameValue(base, mine)) return theirs;
  // Words without spaces (a slug, a choice, a date) are values: one is chosen, they are not spliced.
  if (typeof theirs === "string" && typeof mine === "string" && /\s/.test(`${theirs}${mine}`)) {
    const baseText = typeof base === "string" ? base : "";
    const text = mergeText({ base: baseText, theirs, mine });
    if (text.ok) return text.text;
    conflicts.push({ kind: "text", path, base: baseText, theirs, mine, pieces: text.pieces });
    return mine;
  }
  if (isPlainObject(theirs) && isPlainObject(mine) && (base === undefined || isPlainObject(base))) {
    return mergeObject(path, base ?? {}, theirs, mine, conflicts);
  }
  if (Array.isArray(base) && Array.isArray(theirs) && Array.isArray(mine)) {
    const merged = mergeListById(path, base, theirs, mine, conflicts);
    if (merged) return merged;
  }
  if (isParallelList(base, theirs, mine)) {
    const theirList = theirs as unknown[];
    const myList = mine as unknown[];
    return base.map((item, i) => mergeValue(`${path}.${i}`, item, theirList[i], myList[i], conflicts));
  }
  conflicts.push({ kind: "value", path, base, theirs, mine });
  return mine;
}

function mergeObject(path: string, base: Content, theirs: Content, mine: Content, conflicts: FieldConflict[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base)])) {
    const value = mergeValue(path === "" ? key : `${path}.${key}`, base[key], theirs[key], mine[key], conflicts);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

export function mergeContent({ base, theirs, mine }: { base: Content; theirs: Content; mine: Content }): MergeResult {
  const conflicts: FieldConflict[] = [];
  const merged = mergeObject("", base, theirs, mine, conflicts);
  return conflicts.length === 0 ? { ok: true, merged } : { ok: false, merged, conflicts };
}
