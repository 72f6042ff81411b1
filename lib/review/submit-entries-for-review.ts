import "server-only";
import { db } from "../db";
import { ForbiddenError, ValidationError } from "../errors";
import { can, type Actor } from "../users/permissions";
import { bulkEntryIdsSchema, forEachEntry, type BulkEntryResult } from "./bulk-entry-results";
import { submitInTransaction } from "./submit-for-review";

/**
 * Submits several entries for review at once (the entry list's bulk action), in one transaction:
 * each entry is checked on its own (it exists, its latest revision is not published), audited on
 * its own and reported on its own; one refused entry does not stop the others.
 */
export async function submitEntriesForReview({ actor, entryIds }: { actor: Actor; entryIds: unknown }): Promise<BulkEntryResult[]> {
  if (!can(actor, "edit")) throw new ForbiddenError();
  const parsed = bulkEntryIdsSchema.safeParse(entryIds);
  if (!parsed.success) throw new ValidationError({ entryIds: parsed.error.issues.map((i) => i.message) });
  return db().$transaction((tx) =>
    forEachEntry(tx, parsed.data, async (entryId) => {
      const result = await submitInTransaction(tx, { actor, entryId });
      return result.wasOpen ? "Already in review" : "Submitted for review";
    }),
  );
}
