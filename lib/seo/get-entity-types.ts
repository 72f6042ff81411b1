import "server-only";
import { readerDb } from "../db";
import type { LinkTarget } from "../links/get-public-link-targets";
import { isKeyOf } from "../object-keys";
import { SOURCE_SCHEMA_TYPES, type EntityTypes } from "./schema-types";

/**
 * The schema.org type of each published actor and source a page links to (a person or an organisation,
 * a news article or a statement...), read from their published revisions in one query, so that every
 * linked node in the page's JSON-LD says what it is. Keys are those of `targets`.
 */
export async function getEntityTypes(targets: Map<string, LinkTarget>): Promise<EntityTypes> {
  const wanted = [...targets.values()].filter((t) => t.kind !== "event");
  const types: EntityTypes = new Map();
  if (wanted.length === 0) return types;
  const rows = await readerDb().$queryRaw<{ kind: "ACTOR" | "SOURCE"; slug: string; nature: string | null; sourceType: string | null }[]>`
    SELECT e.kind::text AS kind, e.slug, r.content->>'nature' AS nature, r.content->>'sourceType' AS "sourceType"
    FROM "Entry" e JOIN "Revision" r ON r.id = e."publishedRevisionId"
    WHERE e."withdrawnAt" IS NULL AND e.kind::text = ANY(${["ACTOR", "SOURCE"]}) AND e.slug = ANY(${wanted.map((t) => t.slug)})`;
  const bySlug = new Map(rows.map((row) => [`${row.kind.toLowerCase()}/${row.slug}`, row]));
  for (const [key, target] of targets) {
    const row = bySlug.get(`${target.kind}/${target.slug}`);
    if (!row) continue;
    if (target.kind === "actor") types.set(key, row.nature === "person" ? "Person" : "Organization");
    if (target.kind === "source") types.set(key, isKeyOf(SOURCE_SCHEMA_TYPES, row.sourceType) ? SOURCE_SCHEMA_TYPES[row.sourceType] : "CreativeWork");
  }
  return types;
}
