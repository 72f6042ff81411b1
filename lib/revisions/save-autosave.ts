import "server-only";
import { z } from "zod";
import { db } from "../db";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { can, type Actor } from "../users/permissions";
import { autosaveKeySchema, entryIdOfKey } from "./autosave-key";
import { fieldErrorsFromZod, withStorableText } from "./field-errors";

// Work in progress is not validated against the kind's schema (half-typed input is the point),
// only bounded: an object of reasonable size.
const MAX_AUTOSAVE_CHARS = 1_000_000;
// A server action can receive values JSON cannot hold (BigInt): they count as too large, not as a crash.
function serializedLength(value: unknown): number {
  try {
    return JSON.stringify(value).length;
  } catch {
    return Infinity;
  }
}
export const autosaveInputSchema = z.object({
  key: autosaveKeySchema,
  baseRevisionId: z.uuid().nullable(),
  content: z.record(z.string(), z.unknown()).refine((c) => serializedLength(c) <= MAX_AUTOSAVE_CHARS, "This draft is too large to autosave, or not plain data"),
});

/**
 * Keeps the editor's unsaved work, one slot per user and entry. Not an audited change of the record:
 * it is private scratch space that saveRevision deletes, and auditing every few seconds would bury the log.
 */
export async function saveAutosave({ actor, input }: { actor: Actor; input: unknown }): Promise<{ savedAt: Date }> {
  if (!can(actor, "edit")) throw new ForbiddenError();
  const parsed = autosaveInputSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error));
  const { key, baseRevisionId } = parsed.data;
  const content = withStorableText(parsed.data.content);
  const entryId = entryIdOfKey(key);
  if (entryId) {
    const entry = await db().entry.findUnique({ where: { id: entryId }, select: { id: true } });
    if (!entry) throw new NotFoundError("This entry does not exist");
  }
  const row = await db().autosave.upsert({
    where: { userId_key: { userId: actor.id, key } },
    // Checked above as a bounded record of JSON values; Prisma's JSON input type cannot see that.
    create: { userId: actor.id, key, entryId, baseRevisionId, content: content as object },
    update: { baseRevisionId, content: content as object },
    select: { updatedAt: true },
  });
  return { savedAt: row.updatedAt };
}
