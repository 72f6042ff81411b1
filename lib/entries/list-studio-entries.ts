import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { ForbiddenError, isUuid } from "../errors";
import { can, type Actor } from "../users/permissions";
import { queryTextSchema, type EntryKindName } from "./common-schema";
import { DB_TO_KIND, KIND_TO_DB } from "./kinds";
import type { RevisionState } from "../revisions/revision-state";

export type StudioEntryRow = {
  id: string;
  kind: EntryKindName;
  slug: string;
  title: string;
  state: RevisionState;
  isWithdrawn: boolean;
  /** Readers can see a version of it (published and not withdrawn). */
  isPublished: boolean;
  hasUnpublishedChanges: boolean;
  latestNumber: number;
  latestAuthor: string;
  updatedAt: Date;
};

type EntryFilters = {
  kind?: EntryKindName;
  state?: StudioEntryRow["state"];
  authorId?: string;
  q?: string;
};

const ROW_SELECT = {
  id: true,
  kind: true,
  slug: true,
  title: true,
  withdrawnAt: true,
  publishedRevisionId: true,
  updatedAt: true,
  latestRevision: { select: { id: true, number: true, state: true, createdAt: true, author: { select: { name: true } } } },
} satisfies Prisma.EntrySelect;

// Filters come from the address bar: an author id that cannot exist matches nothing (null), and words
// PostgreSQL cannot compare (control characters) filter nothing.
function filterWhere({ kind, state, authorId, q }: EntryFilters): Prisma.EntryWhereInput | null {
  if (authorId !== undefined && !isUuid(authorId)) return null;
  if (q !== undefined && !queryTextSchema.safeParse(q).success) q = undefined;
  return {
    ...(kind ? { kind: KIND_TO_DB[kind] } : {}),
    ...(q ? { OR: [{ title: { contains: q, mode: "insensitive" } }, { slug: { contains: q.toLowerCase() } }] } : {}),
    ...(state || authorId ? { latestRevision: { ...(state ? { state } : {}), ...(authorId ? { authorId } : {}) } } : {}),
  };
}

function toRow(r: Prisma.EntryGetPayload<{ select: typeof ROW_SELECT }>): StudioEntryRow {
  return {
    id: r.id,
    kind: DB_TO_KIND[r.kind],
    slug: r.slug,
    title: r.title,
    state: r.latestRevision?.state ?? "DRAFT",
    isWithdrawn: r.withdrawnAt !== null,
    isPublished: r.publishedRevisionId !== null && r.withdrawnAt === null,
    hasUnpublishedChanges: r.latestRevision?.id !== r.publishedRevisionId,
    latestNumber: r.latestRevision?.number ?? 0,
    latestAuthor: r.latestRevision?.author.name ?? "",
    updatedAt: r.latestRevision?.createdAt ?? new Date(0),
  };
}

/** The most recently changed entries (the studio's start page). */
export async function listStudioEntries({ actor, limit = 200, ...filters }: EntryFilters & { actor: Actor; limit?: number }): Promise<StudioEntryRow[]> {
  if (!can(actor, "read-drafts")) throw new ForbiddenError();
  const where = filterWhere(filters);
  if (!where) return [];
  const rows = await db().entry.findMany({ where, select: ROW_SELECT, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: limit });
  return rows.map(toRow);
}

/** A position in the list: the (updatedAt, id) of the row a page starts after or ends before. */
type Cursor = { at: Date; id: string };

export function encodeEntryCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.at.toISOString()}|${cursor.id}`).toString("base64url");
}

/** A cursor from the address bar; anything malformed is no cursor (the first page). */
export function decodeEntryCursor(value: string | undefined): Cursor | null {
  if (!value || value.length > 200) return null;
  const [iso, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  const at = new Date(iso ?? "");
  return id && isUuid(id) && !Number.isNaN(at.getTime()) ? { at, id } : null;
}

export type StudioEntryPage = { rows: StudioEntryRow[]; total: number; next: string | null; previous: string | null };

export const ENTRY_PAGE_SIZE = 50;

/**
 * One page of the entry list, newest change first, by keyset on (updatedAt, id): the same cost on
 * page 1 and page 200, and no row repeated or skipped between pages while others save. `after`
 * pages forward, `before` back; the filters travel with the cursor in the address.
 */
export async function pageStudioEntries({
  actor,
  after,
  before,
  pageSize = ENTRY_PAGE_SIZE,
  ...filters
}: EntryFilters & { actor: Actor; after?: string; before?: string; pageSize?: number }): Promise<StudioEntryPage> {
  if (!can(actor, "read-drafts")) throw new ForbiddenError();
  const where = filterWhere(filters);
  if (!where) return { rows: [], total: 0, next: null, previous: null };
  const afterCursor = decodeEntryCursor(after);
  const beforeCursor = afterCursor ? null : decodeEntryCursor(before);
  const cursor = afterCursor ?? beforeCursor;
  const isBackward = beforeCursor !== null;
  const keyset: Prisma.EntryWhereInput | undefined = cursor
    ? isBackward
      ? { OR: [{ updatedAt: { gt: cursor.at } }, { updatedAt: cursor.at, id: { gt: cursor.id } }] }
      : { OR: [{ updatedAt: { lt: cursor.at } }, { updatedAt: cursor.at, id: { lt: cursor.id } }] }
    : undefined;
  const direction = isBackward ? "asc" : "desc";
  const [found, total] = await Promise.all([
    db().entry.findMany({
      where: keyset ? { AND: [where, keyset] } : where,
      select: ROW_SELECT,
      orderBy: [{ updatedAt: direction }, { id: direction }],
      take: pageSize + 1,
    }),
    db().entry.count({ where }),
  ]);
  const hasMore = found.length > pageSize;
  const page = found.slice(0, pageSize);
  if (isBackward) page.reverse();
  const first = page[0];
  const last = page[page.length - 1];
  const hasNewer = isBackward ? hasMore : cursor !== null;
  const hasOlder = isBackward ? true : hasMore;
  return {
    rows: page.map(toRow),
    total,
    next: hasOlder && last ? encodeEntryCursor({ at: last.updatedAt, id: last.id }) : null,
    previous: hasNewer && first ? encodeEntryCursor({ at: first.updatedAt, id: first.id }) : null,
  };
}
