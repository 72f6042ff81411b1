import "server-only";
import { z } from "zod";
import type { Tx } from "../db";
import { domainErrorMessage } from "../http/action-result";

/** What happened to one entry of a bulk action, in the words the entry list shows next to its title. */
export type BulkEntryResult = { entryId: string; title: string | null; ok: boolean; message: string };

export const BULK_LIMIT = 100;

/** The entries a bulk action names: 1 to 100 distinct ids. */
export const bulkEntryIdsSchema = z
  .array(z.uuid({ error: "An entry id is not valid" }), { error: "Choose at least one entry" })
  .min(1, { error: "Choose at least one entry" })
  .max(BULK_LIMIT, { error: `Choose at most ${BULK_LIMIT} entries at a time` })
  .transform((ids) => [...new Set(ids)]);

/**
 * Runs `step` for each entry inside the caller's one transaction, each behind a savepoint: an entry
 * refused with a domain error (permission, missing, conflict) is rolled back to its savepoint and
 * reported, the others go ahead; any other error aborts the whole transaction.
 */
export async function forEachEntry(tx: Tx, entryIds: string[], step: (entryId: string) => Promise<string>): Promise<BulkEntryResult[]> {
  const titles = new Map((await tx.entry.findMany({ where: { id: { in: entryIds } }, select: { id: true, title: true } })).map((e) => [e.id, e.title]));
  const results: BulkEntryResult[] = [];
  for (const entryId of entryIds) {
    const title = titles.get(entryId) ?? null;
    await tx.$executeRaw`SAVEPOINT bulk_entry`;
    try {
      const message = await step(entryId);
      await tx.$executeRaw`RELEASE SAVEPOINT bulk_entry`;
      results.push({ entryId, title, ok: true, message });
    } catch (error) {
      const message = domainErrorMessage(error);
      if (message === null) throw error;
      await tx.$executeRaw`ROLLBACK TO SAVEPOINT bulk_entry`;
      results.push({ entryId, title, ok: false, message });
    }
  }
  return results;
}
