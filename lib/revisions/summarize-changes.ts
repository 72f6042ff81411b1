// One line for the corrections log and the feed: "2 fields changed, 1 claim added, 1 participant removed".
import type { FieldChange } from "./diff-content";

const ITEM_NOUNS: Record<string, [singular: string, plural: string]> = {
  claims: ["claim", "claims"],
  participants: ["participant", "participants"],
  timeline: ["timeline moment", "timeline moments"],
  affiliations: ["affiliation", "affiliations"],
  aliases: ["alias", "aliases"],
  related: ["related event", "related events"],
  authors: ["author", "authors"],
  excerpts: ["excerpt", "excerpts"],
  citations: ["citation", "citations"],
};

function count(n: number, [singular, plural]: [string, string], verb: string): string {
  return `${n} ${n === 1 ? singular : plural} ${verb}`;
}

export function summarizeChanges(changes: readonly FieldChange[]): string {
  if (changes.length === 0) return "no changes";
  const fieldsByKind = { changed: new Set<string>(), added: new Set<string>(), removed: new Set<string>() };
  const itemParts: string[] = [];
  for (const change of changes) {
    const topField = change.field.split(".")[0] ?? change.field;
    if (change.kind !== "items") {
      // A change inside place or date counts as that field changing; only whole top-level fields come and go.
      fieldsByKind[change.field.includes(".") ? "changed" : change.kind].add(topField);
      continue;
    }
    const name = change.field.slice(change.field.lastIndexOf(".") + 1);
    const noun = ITEM_NOUNS[name] ?? [`${name} item`, `${name} items`];
    const tally = { added: 0, removed: 0, changed: 0, moved: 0 };
    for (const item of change.items) tally[item.kind]++;
    for (const kind of ["added", "removed", "changed", "moved"] as const) {
      if (tally[kind] > 0) itemParts.push(count(tally[kind], noun, kind));
    }
  }
  const fieldParts = (["changed", "added", "removed"] as const)
    .filter((kind) => fieldsByKind[kind].size > 0)
    .map((kind) => count(fieldsByKind[kind].size, ["field", "fields"], kind));
  return [...fieldParts, ...itemParts].join(", ");
}
