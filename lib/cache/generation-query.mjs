// The public generation's key and its read, in plain JavaScript so that the app
// (public-generation.ts, through the Prisma client) and the ISR cache handler Next loads outside the
// app's bundle (public-page-cache-handler.mjs, through its own small pg pool) read the same row the
// same way (docs/decisions/007-one-cache-module.md).

/** The key of the one row ("Setting") that counts changes to what readers may see. */
export const PUBLIC_GENERATION_KEY = "public-generation";

/** Parameterised SQL ($1 = PUBLIC_GENERATION_KEY) for clients that take text and values. */
export const READ_GENERATION_SQL = 'SELECT "value" FROM "Setting" WHERE "key" = $1';

/**
 * The bump ($1 = PUBLIC_GENERATION_KEY), run inside the transaction of a change to what readers see:
 * by `bumpPublicGeneration` (public-generation.ts), and on the import's own connection by
 * lib/publication/public-change.ts, the one module that calls either.
 */
export const BUMP_GENERATION_SQL =
  'INSERT INTO "Setting" ("key", "value") VALUES ($1, \'1\') ON CONFLICT ("key") DO UPDATE SET "value" = ("Setting"."value"::bigint + 1)::text';

/**
 * The generation from the rows of READ_GENERATION_SQL (0 before the first publication).
 * @param {{ value: string }[]} rows
 * @returns {bigint}
 */
export function generationFromRows(rows) {
  return rows.length > 0 && rows[0] ? BigInt(rows[0].value) : 0n;
}
