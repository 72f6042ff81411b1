// Autosave keys: one slot per user and entry, or per user and kind for an entry not saved yet.
import { z } from "zod";
import { ENTRY_KINDS, type EntryKindName } from "../entries/common-schema";
import { isUuid } from "../errors";

export const autosaveKeySchema = z.union([
  z.string().refine((key) => key.startsWith("entry:") && isUuid(key.slice("entry:".length)), "Unknown autosave slot"),
  z.enum(ENTRY_KINDS.map((k) => `new:${k}`) as [string, ...string[]], { error: "Unknown autosave slot" }),
]);

export function autosaveKey(target: { entryId: string } | { kind: EntryKindName }): string {
  return "entryId" in target ? `entry:${target.entryId}` : `new:${target.kind}`;
}

export function entryIdOfKey(key: string): string | null {
  return key.startsWith("entry:") ? key.slice("entry:".length) : null;
}
