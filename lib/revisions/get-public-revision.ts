import "server-only";
import { z } from "zod";
import { readerDb } from "../db";
import { isSlug, type EntryKindName } from "../entries/common-schema";
import { KIND_TO_DB } from "../entries/kinds";
import { toPublicContent, toPublicEntry, type PublicEntryContent } from "../entries/public-projection";
import { diffContent, type FieldChange } from "./diff-content";

/** A revision number as it appears in a public URL: digits only, no sign, no leading zero. */
export const publicRevisionNumberSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/, "A revision number")
  .transform(Number);

/** One published revision with its content as readers may see it (public-projection.ts), `kind` and `content` paired. */
export type PublicRevisionPage = PublicEntryContent & {
  slug: string;
  title: string;
  number: number;
  publishedAt: Date;
  summary: string;
  /** The number of the revision readers see today at /[kind]/[slug]. */
  currentNumber: number;
};

/**
 * The entry as readers may see it, or null: published, not withdrawn (a withdrawal takes its old
 * revisions down with it; the corrections log keeps only their summaries).
 */
async function findPublicEntry(kind: EntryKindName, slug: string) {
  if (!isSlug(slug)) return null;
  const entry = await readerDb().entry.findUnique({
    where: { kind_slug: { kind: KIND_TO_DB[kind], slug } },
    select: { id: true, slug: true, withdrawnAt: true, publishedRevision: { select: { number: true, title: true } } },
  });
  if (!entry?.publishedRevision || entry.withdrawnAt) return null;
  return { id: entry.id, slug: entry.slug, currentNumber: entry.publishedRevision.number, title: entry.publishedRevision.title };
}

// The query itself admits published, unhidden revisions only: a draft, a review or a hidden
// revision is "not found" whatever number is asked for.
async function readPublishedRevisions(entryId: string, numbers: number[]) {
  return readerDb().revision.findMany({
    where: { entryId, number: { in: numbers }, publishedAt: { not: null }, hiddenAt: null },
    select: { number: true, publishedAt: true, summary: true, title: true, content: true },
  });
}

/** One published revision of an entry, for /[kind]/[slug]/history/[number]; null when readers may not see it. */
export async function getPublicRevision({ kind, slug, number }: { kind: EntryKindName; slug: string; number: unknown }): Promise<PublicRevisionPage | null> {
  const parsedNumber = publicRevisionNumberSchema.safeParse(number);
  if (!parsedNumber.success) return null;
  const entry = await findPublicEntry(kind, slug);
  if (!entry) return null;
  const [row] = await readPublishedRevisions(entry.id, [parsedNumber.data]);
  if (!row) return null;
  const projected = toPublicEntry(kind, row.content);
  if (!projected) return null;
  return {
    ...projected,
    slug: entry.slug,
    title: row.title,
    number: row.number,
    publishedAt: row.publishedAt!,
    summary: row.summary,
    currentNumber: entry.currentNumber,
  };
}

export type PublicComparison = {
  slug: string;
  title: string;
  from: { number: number; publishedAt: Date; summary: string };
  to: { number: number; publishedAt: Date; summary: string };
  changes: FieldChange[];
};

/**
 * Two published revisions compared field by field for readers, with the studio's diff
 * (diffContent); null when either is not public (a draft, a review, hidden, or not a number).
 */
export async function comparePublicRevisions({
  kind,
  slug,
  from,
  to,
}: {
  kind: EntryKindName;
  slug: string;
  from: unknown;
  to: unknown;
}): Promise<PublicComparison | null> {
  const fromNumber = publicRevisionNumberSchema.safeParse(from);
  const toNumber = publicRevisionNumberSchema.safeParse(to);
  if (!fromNumber.success || !toNumber.success) return null;
  const entry = await findPublicEntry(kind, slug);
  if (!entry) return null;
  const rows = await readPublishedRevisions(entry.id, [fromNumber.data, toNumber.data]);
  const before = rows.find((r) => r.number === fromNumber.data);
  const after = rows.find((r) => r.number === toNumber.data);
  if (!before || !after) return null;
  const beforeContent = toPublicContent(kind, before.content);
  const afterContent = toPublicContent(kind, after.content);
  if (!beforeContent || !afterContent) return null;
  const meta = (r: typeof before) => ({ number: r.number, publishedAt: r.publishedAt!, summary: r.summary });
  return {
    slug: entry.slug,
    title: entry.title,
    from: meta(before),
    to: meta(after),
    changes: diffContent(beforeContent, afterContent),
  };
}
