import "server-only";
import { db } from "../db";
import { ForbiddenError } from "../errors";
import { can, type Actor } from "../users/permissions";
import type { EntryKindName } from "./common-schema";
import { DB_TO_KIND } from "./kinds";

export type EntryOption = { kind: EntryKindName; slug: string; title: string };

/** Every entry as a picker option (kind, slug, title): the editor's actor, source and event pickers. */
export async function listEntryOptions({ actor, limit = 5000 }: { actor: Actor; limit?: number }): Promise<EntryOption[]> {
  if (!can(actor, "read-drafts")) throw new ForbiddenError();
  const rows = await db().entry.findMany({
    where: { withdrawnAt: null },
    select: { kind: true, slug: true, title: true },
    orderBy: [{ kind: "asc" }, { title: "asc" }],
    take: limit,
  });
  return rows.map((r) => ({ kind: DB_TO_KIND[r.kind], slug: r.slug, title: r.title }));
}
