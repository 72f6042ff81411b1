// Which items of a list in two revisions are the same item: those with an id (claims, participants, timeline,
// affiliations) by id; the rest by what identifies them to an editor (a citation by source and locator), or by
// their whole value. Also which matched items moved, and where a removed item stood.
import { canonicalJson, isPlainObject } from "./same-value";

export type Keyed = { key: string; index: number; item: unknown };

export type ItemMatch = { kind: "added"; after: Keyed } | { kind: "removed"; before: Keyed } | { kind: "kept"; before: Keyed; after: Keyed; isMoved: boolean };

const VALUE_KEYS: Record<string, string[]> = {
  citations: ["source", "locator"],
  related: ["event", "relation"],
  aliases: ["name", "lang"],
};

function idOf(item: unknown): string | null {
  return isPlainObject(item) && typeof item.id === "string" ? item.id : null;
}

function keyFunction(field: string, isById: boolean): (item: unknown) => string {
  if (isById) return (item) => idOf(item) ?? "";
  const keyFields = VALUE_KEYS[field];
  if (keyFields) {
    return (item) => (isPlainObject(item) ? JSON.stringify(keyFields.map((f) => item[f] ?? null)) : canonicalJson(item));
  }
  return (item) => (typeof item === "string" ? item : canonicalJson(item));
}

function keyItems(items: readonly unknown[], keyOf: (item: unknown) => string): Keyed[] {
  // Two items with the same key (a source cited twice without locator) are told apart by occurrence.
  const seen = new Map<string, number>();
  return items.map((item, index) => {
    const base = keyOf(item);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return { key: occurrence === 0 ? base : `${base}#${occurrence + 1}`, index, item };
  });
}

/** The items of both lists in the new list's order, each removed item listed where it stood. */
export function matchItems(field: string, before: readonly unknown[], after: readonly unknown[]): { matchedBy: "id" | "value"; matches: ItemMatch[] } {
  const isById = [...before, ...after].every((item) => idOf(item) !== null);
  const keyOf = keyFunction(field, isById);
  const beforeItems = keyItems(before, keyOf);
  const afterItems = keyItems(after, keyOf);
  const beforeByKey = new Map(beforeItems.map((k) => [k.key, k]));

  // Matched pairs in the new order; those outside the longest run kept in the old order are the ones that moved.
  const matched = afterItems.filter((a) => beforeByKey.has(a.key));
  const stayed = longestIncreasingRun(matched.map((a) => beforeByKey.get(a.key)?.index ?? -1));
  const movedKeys = new Set(matched.filter((_, i) => !stayed.has(i)).map((a) => a.key));

  // A removed item is listed after the new position of the last item before it that kept its place (a moved
  // item's new position says nothing about where the removed one was).
  const removedAfter = new Map<number, ItemMatch[]>();
  let anchor = -1;
  const afterIndexByKey = new Map(afterItems.map((a) => [a.key, a.index]));
  for (const b of beforeItems) {
    const kept = afterIndexByKey.get(b.key);
    if (kept !== undefined) {
      if (!movedKeys.has(b.key)) anchor = kept;
      continue;
    }
    removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), { kind: "removed", before: b }]);
  }

  const matches: ItemMatch[] = [...(removedAfter.get(-1) ?? [])];
  for (const a of afterItems) {
    const b = beforeByKey.get(a.key);
    matches.push(b ? { kind: "kept", before: b, after: a, isMoved: movedKeys.has(a.key) } : { kind: "added", after: a });
    matches.push(...(removedAfter.get(a.index) ?? []));
  }
  return { matchedBy: isById ? "id" : "value", matches };
}

/** Positions (into `values`) of one longest strictly increasing subsequence: patience sorting, O(n log n). */
function longestIncreasingRun(values: number[]): Set<number> {
  const tails: number[] = []; // tails[len] = position of the smallest tail of a run of length len + 1
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, position) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[position] = tails[lo - 1] ?? -1;
    tails[lo] = position;
  });
  const run = new Set<number>();
  let position = tails[tails.length - 1] ?? -1;
  while (position !== -1) {
    run.add(position);
    position = previous[position] ?? -1;
  }
  return run;
}
