import "server-only";
import { readerDb } from "../db";
import { isSlug, type EntryKindName } from "../entries/common-schema";
import { KIND_TO_DB } from "../entries/kinds";
import { diffContent, summarizeChanges } from "./diff-content";
import { toPublicContent } from "../entries/public-projection";

export type PublicRevision = { number: number; publishedAt: Date; summary: string; changes: string; isHidden: boolean };

/**
 * The corrections log: published revisions only, newest first, each with what changed since the
 * previous publication. Drafts between publications never appear, not even as a count.
 */
export async function listPublicRevisions({
  kind,
  slug,
}: {
  kind: EntryKindName;
  slug: string;
}): Promise<{ title: string; slug: string; isWithdrawn: boolean; withdrawnReason: string | null; revisions: PublicRevision[] } | null> {
  if (!isSlug(slug)) return null;
  const entry = await readerDb().entry.findUnique({
    where: { kind_slug: { kind: KIND_TO_DB[kind], slug } },
    select: { id: true, slug: true, withdrawnAt: true, withdrawnReason: true, publishedRevision: { select: { title: true } } },
  });
  if (!entry?.publishedRevision) return null;
  const rows = await readerDb().revision.findMany({
    where: { entryId: entry.id, publishedAt: { not: null } },
    select: { number: true, publishedAt: true, summary: true, content: true, hiddenAt: true },
    orderBy: { number: "asc" },
  });
  let previous: Readonly<Record<string, unknown>> | null = null;
  const revisions = rows.map((row) => {
    // Compared as readers see them: a change to an editor-only field (a source's archive) is not even counted.
    const content = toPublicContent(kind, row.content) ?? {};
    const changes = row.hiddenAt ? "Content hidden" : summarizeChanges(diffContent(previous, content));
    if (!row.hiddenAt) previous = content;
    return { number: row.number, publishedAt: row.publishedAt!, summary: row.hiddenAt ? "Hidden" : row.summary, changes, isHidden: row.hiddenAt !== null };
  });
  return {
    title: entry.publishedRevision.title,
    slug: entry.slug,
    isWithdrawn: entry.withdrawnAt !== null,
    withdrawnReason: entry.withdrawnReason,
    revisions: revisions.reverse(),
  };
}
