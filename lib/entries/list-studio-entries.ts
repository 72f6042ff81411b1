import "server-only";
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

export async function listStudioEntries({
  actor,
  kind,
  state,
  authorId,
  q,
  limit = 200,
}: {
  actor: Actor;
  kind?: EntryKindName;
  state?: StudioEntryRow["state"];
  authorId?: string;
  q?: string;
  limit?: number;
}): Promise<StudioEntryRow[]> {
  if (!can(actor, "read-drafts")) throw new ForbiddenError();
  // Filters come from the address bar: an author id that cannot exist matches nothing, and words
  // PostgreSQL cannot compare (control characters) filter nothing.
  if (authorId !== undefined && !isUuid(authorId)) return [];
  if (q !== undefined && !queryTextSchema.safeParse(q).success) q = undefined;
  const rows = await db().entry.findMany({
    where: {
      ...(kind ? { kind: KIND_TO_DB[kind] } : {}),
      ...(q ? { OR: [{ title: { contains: q, mode: "insensitive" } }, { slug: { contains: q.toLowerCase() } }] } : {}),
      ...(state || authorId ? { latestRevision: { ...(state ? { state } : {}), ...(authorId ? { authorId } : {}) } } : {}),
    },
    select: {
      id: true,
      kind: true,
      slug: true,
      title: true,
      withdrawnAt: true,
      publishedRevisionId: true,
      latestRevision: { select: { id: true, number: true, state: true, createdAt: true, author: { select: { name: true } } } },
    },
    orderBy: { updatedAt: "desc" },
    take: limit,
  });
  return rows.map((r) => ({
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
  }));
}
