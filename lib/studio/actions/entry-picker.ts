"use server";

import type { ActionResult } from "@/lib/http/action-result";
import { runAction } from "@/lib/http/server-action";
import { searchEntryOptions, type EntryOption } from "@/lib/entries/list-entry-options";

/** The entry form's pickers: up to 20 entries of one kind matching what was typed (staff only). */
export async function searchEntryOptionsAction(kind: unknown, q: unknown): Promise<ActionResult<{ options: EntryOption[] }>> {
  return runAction(async (actor) => ({ options: await searchEntryOptions({ actor, kind, q }) }));
}
