// Three-way merge of two edits made from the same base, field by field (top-level fields).
// A field both sides changed differently is a conflict; everything else merges.
type Content = Record<string, unknown>;

export type MergeResult = { ok: true; merged: Content } | { ok: false; conflictingFields: string[] };

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

// Key order must not make equal values differ.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value as Content)
        .sort()
        .filter((k) => (value as Content)[k] !== undefined)
        .map((k) => [k, canonical((value as Content)[k])]),
    );
  }
  return value;
}

export function changedFields(before: Content, after: Content): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !same(before[k], after[k])).sort();
}

export function mergeContent({ base, theirs, mine }: { base: Content; theirs: Content; mine: Content }): MergeResult {
  const theirChanges = new Set(changedFields(base, theirs));
  const myChanges = changedFields(base, mine);
  const conflictingFields = myChanges.filter((field) => theirChanges.has(field) && !same(theirs[field], mine[field]));
  if (conflictingFields.length > 0) return { ok: false, conflictingFields };
  const merged: Content = { ...theirs };
  for (const field of myChanges) {
    if (mine[field] === undefined) delete merged[field];
    else merged[field] = mine[field];
  }
  return { ok: true, merged };
}
