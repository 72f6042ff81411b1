// The public generation's key and its read, in plain JavaScript so that the app
// (public-generation.ts, through the Prisma client) and the ISR cache handler Next loads outside the
// app's bundle (public-page-cache-handler.mjs, through its own small pg pool) read the same row the
// same way (docs/decisions/007-one-cache-module.md).

/** The key of the one row ("Setting") that counts changes to what readers may see. */
export const PUBLIC_GENERATION_KEY = "public-generation";

/** Parameterised SQL ($1 = PUBLIC_GENERATION_KEY) for clients that take text and values. */
export const READ_GENERATION_SQL = 'SELECT "value" FROM "Setting" WHERE "key" = $1';

/**
 * The generation from the rows of READ_GENERATION_SQL (0 before the first publication).
 * @param {{ value: string }[]} rows
 * @returns {bigint}
 */
export function generationFromRows(rows) {
  return rows.length > 0 && rows[0] ? BigInt(rows[0].value) : 0n;
}
