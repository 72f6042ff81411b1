import type { EntryKindName } from "@/lib/entries/common-schema";
import type { EntryOption } from "@/lib/entries/list-entry-options";

/** Picker options by kind, as the editor's datalists want them. */
export function groupOptions(options: EntryOption[]): Record<EntryKindName, EntryOption[]> {
  const grouped: Record<EntryKindName, EntryOption[]> = { event: [], actor: [], source: [] };
  for (const option of options) grouped[option.kind].push(option);
  return grouped;
}
