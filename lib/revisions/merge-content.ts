// Three-way merge of two edits made from the same base, field by field (top-level fields).
// A field both sides changed differently is a conflict; everything else merges.
import { isSameValue, type Content } from "./same-value";

export { storedObject } from "./same-value";

export type MergeResult = { ok: true; merged: Record<string, unknown> } | { ok: false; conflictingFields: string[] };

export function changedFields(before: Content, after: Content): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !isSameValue(before[k], after[k])).sort();
}

export function mergeContent({ base, theirs, mine }: { base: Content; theirs: Content; mine: Content }): MergeResult {
  const theirChanges = new Set(changedFields(base, theirs));
  const myChanges = changedFields(base, mine);
  const conflictingFields = myChanges.filter((field) => theirChanges.has(field) && !isSameValue(theirs[field], mine[field]));
  if (conflictingFields.length > 0) return { ok: false, conflictingFields };
  const merged: Record<string, unknown> = { ...theirs };
  for (const field of myChanges) {
    if (mine[field] === undefined) delete merged[field];
    else merged[field] = mine[field];
  }
  return { ok: true, merged };
}
