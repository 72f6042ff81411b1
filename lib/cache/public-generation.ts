import "server-only";
import { readerDb, type Tx } from "../db";
import { coalescedRead } from "./coalesced-read.mjs";
import { BUMP_GENERATION_SQL, generationFromRows, PUBLIC_GENERATION_KEY } from "./generation-query.mjs";

/**
 * The key of the one row that counts changes to what readers may see. Every instance's page cache
 * compares the generation an entry was rendered at with this row (see public-page-cache-handler.mjs
 * and docs/decisions/004-public-page-cache.md); the key lives once, in generation-query.mjs.
 */
export { PUBLIC_GENERATION_KEY };

/**
 * Bumps the public generation inside the caller's transaction, so the new generation becomes
 * visible to every instance exactly when the publication, withdrawal or hiding commits. The row
 * lock also orders concurrent publications; they are rare enough for that not to matter.
 */
export async function bumpPublicGeneration(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe(BUMP_GENERATION_SQL, PUBLIC_GENERATION_KEY);
}

/** The current public generation, read from PostgreSQL after this call began. */
export const readPublicGeneration: () => Promise<bigint> = coalescedRead(async () =>
  generationFromRows(await readerDb().$queryRaw<{ value: string }[]>`SELECT "value" FROM "Setting" WHERE "key" = ${PUBLIC_GENERATION_KEY}`),
);
