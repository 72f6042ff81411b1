import "server-only";
import { db } from "../db";
import { ForbiddenError } from "../errors";
import { can, type Actor } from "../users/permissions";
import { ENTRY_KINDS, type EntryKindName } from "./common-schema";
import { DB_TO_KIND, KIND_TO_DB } from "./kinds";
import { withdrawnReference, type WithdrawnReference } from "../links/withdrawn-reference";

/** An entry a picker can name; a withdrawn one (never offered by search) is flagged where the draft already names it. */
export type EntryOption = { kind: EntryKindName; slug: string; title: string; withdrawn?: WithdrawnReference };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CITATION = /@([a-z0-9]+(?:-[a-z0-9]+)*)/g;
const MAX_REFERENCED = 1000;

/** Every string in a draft that could name an entry: slug-shaped values and the body's citation markers. */
function candidateSlugs(value: unknown, into: Set<string>, depth = 0): void {
  if (into.size >= MAX_REFERENCED || depth > 8) return;
  if (typeof value === "string") {
    if (SLUG.test(value)) into.add(value);
    for (const match of value.matchAll(CITATION)) into.add(match[1]!);
  } else if (Array.isArray(value)) {
    for (const item of value) candidateSlugs(item, into, depth + 1);
  } else if (value && typeof value === "object") {
    for (const item of Object.values(value)) candidateSlugs(item, into, depth + 1);
  }
}

/**
 * The titles of the entries a form's drafts already name (the saved content, an autosave), so the
 * pickers can show "→ title" at once. Every other entry is found by searching (searchEntryOptions):
 * the form no longer loads the whole record.
 */
export async function listEntryOptions({ actor, referencedBy }: { actor: Actor; referencedBy: unknown[] }): Promise<EntryOption[]> {
  if (!can(actor, "read-drafts")) throw new ForbiddenError();
  const slugs = new Set<string>();
  for (const draft of referencedBy) candidateSlugs(draft, slugs);
  if (slugs.size === 0) return [];
  // Withdrawn entries too: the editor flags a citation of one ("withdrawn on 7 Dec: keep, replace or remove").
  const rows = await db().entry.findMany({
    where: { slug: { in: [...slugs] } },
    select: { kind: true, slug: true, title: true, withdrawnAt: true, withdrawnReason: true, publishedRevision: { select: { title: true } } },
    orderBy: [{ kind: "asc" }, { title: "asc" }],
  });
  return rows.map((r) => {
    const kind = DB_TO_KIND[r.kind];
    if (!r.withdrawnAt) return { kind, slug: r.slug, title: r.title };
    const name = r.publishedRevision?.title ?? r.title;
    return {
      kind,
      slug: r.slug,
      title: name,
      withdrawn: withdrawnReference({ kind, slug: r.slug, name, withdrawnAt: r.withdrawnAt, reason: r.withdrawnReason }),
    };
  });
}

export const PICKER_MIN_CHARS = 2;
export const PICKER_LIMIT = 20;

/**
 * The picker's search: entries of one kind whose title or slug contains the words typed (at least
 * two characters), titles that start with them first, at most 20. Staff only: drafts are included.
 */
export async function searchEntryOptions({ actor, kind, q }: { actor: Actor; kind: unknown; q: unknown }): Promise<EntryOption[]> {
  if (!can(actor, "read-drafts")) throw new ForbiddenError();
  if (typeof kind !== "string" || !(ENTRY_KINDS as readonly string[]).includes(kind)) return [];
  // Control characters cannot be compared by PostgreSQL; anything else is searched literally.
  const words =
    typeof q === "string"
      ? q
          .replace(/[\u0000-\u001f\u007f]/g, "")
          .trim()
          .slice(0, 100)
      : "";
  if (words.length < PICKER_MIN_CHARS) return [];
  const rows = await db().entry.findMany({
    where: {
      kind: KIND_TO_DB[kind as EntryKindName],
      withdrawnAt: null,
      OR: [{ title: { contains: words, mode: "insensitive" } }, { slug: { contains: words.toLowerCase() } }],
    },
    select: { kind: true, slug: true, title: true },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: 200,
  });
  const lower = words.toLowerCase();
  return rows
    .map((r) => ({ kind: DB_TO_KIND[r.kind], slug: r.slug, title: r.title }))
    .sort((a, b) => Number(!a.title.toLowerCase().startsWith(lower)) - Number(!b.title.toLowerCase().startsWith(lower)))
    .slice(0, PICKER_LIMIT);
}
