import "server-only";
import { isSlug, type EntryKindName } from "./common-schema";
import { KIND_TO_DB } from "./kinds";
import { toPublicContent, type PublicContentByKind } from "./public-projection";
import { readerDb } from "../db";

export type PublishedEntry<K extends EntryKindName> = {
  status: "published";
  id: string;
  kind: K;
  slug: string;
  /** Public fields only (public-projection.ts): editor-only fields are not in this type, so no page can pass them on. */
  content: PublicContentByKind[K];
  revisionNumber: number;
  publishedAt: Date;
  firstPublishedAt: Date;
  reviewedBy: string | null;
  editSummary: string;
};

export type PublicLookup<K extends EntryKindName> =
  PublishedEntry<K> | { status: "withdrawn"; title: string; reason: string; withdrawnAt: Date } | { status: "moved"; slug: string } | { status: "missing" };

/** What a reader may see at /[kind]/[slug]: only the published revision, read through the entry's pointer, public fields only. */
export async function getPublishedEntry<K extends EntryKindName>({ kind, slug }: { kind: K; slug: string }): Promise<PublicLookup<K>> {
  if (!isSlug(slug)) return { status: "missing" };
  const entry = await readerDb().entry.findUnique({
    where: { kind_slug: { kind: KIND_TO_DB[kind], slug } },
    select: {
      id: true,
      slug: true,
      withdrawnAt: true,
      withdrawnReason: true,
      firstPublishedAt: true,
      publishedRevision: {
        select: { number: true, content: true, title: true, publishedAt: true, summary: true, hiddenAt: true, publishedById: true },
      },
    },
  });
  if (!entry) {
    const redirect = await readerDb().slugRedirect.findUnique({
      where: { kind_oldSlug: { kind: KIND_TO_DB[kind], oldSlug: slug } },
      select: { entry: { select: { slug: true, publishedRevisionId: true } } },
    });
    return redirect?.entry.publishedRevisionId ? { status: "moved", slug: redirect.entry.slug } : { status: "missing" };
  }
  const revision = entry.publishedRevision;
  if (!revision) return { status: "missing" };
  if (entry.withdrawnAt) {
    return { status: "withdrawn", title: revision.title, reason: entry.withdrawnReason ?? "", withdrawnAt: entry.withdrawnAt };
  }
  const content = toPublicContent(kind, revision.content);
  if (!content || revision.hiddenAt) return { status: "missing" };
  const reviewer = revision.publishedById ? await readerDb().user.findUnique({ where: { id: revision.publishedById }, select: { name: true } }) : null;
  return {
    status: "published",
    id: entry.id,
    kind,
    slug: entry.slug,
    content,
    revisionNumber: revision.number,
    publishedAt: revision.publishedAt!,
    firstPublishedAt: entry.firstPublishedAt ?? revision.publishedAt!,
    reviewedBy: reviewer?.name ?? null,
    editSummary: revision.summary,
  };
}
