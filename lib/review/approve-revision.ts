import "server-only";
import { recordAudit } from "../audit/record-audit";
import { invalidatePublicPages } from "../cache/invalidate-public-pages";
import { bumpPublicGeneration } from "../cache/public-generation";
import { uncitedClaimIds } from "../claims/summarize-claims";
import type { EntryKindName } from "../entries/common-schema";
import { parseContent } from "../entries/content-schema";
import { DB_TO_KIND } from "../entries/kinds";
import { db } from "../db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, isUuid, requireUuid } from "../errors";
import { checkLinkIntegrity } from "../links/check-link-integrity";
import { refreshLinks } from "../links/refresh-links";
import { reasonSchema } from "../revisions/revision-input-schema";
import { indexPublishedEntry } from "../search/index-entry";
import { can, isOwnChange, type Actor } from "../users/permissions";
import { notifyPublished } from "../notifications/notify-review-events";

export const NEWER_REVISION_MESSAGE = "A newer revision was saved since you opened this review; review it first";

/** `revisionId` is the revision the reviewer was shown: approval never publishes anything else. */
export type ApproveInput = { actor: Actor; reviewId: string; revisionId: string; reason?: string; now?: Date };

/** The people who authored any revision since the last published one, up to `number`. */
export async function authorsSincePublished(entryId: string, number: number): Promise<string[]> {
  const entry = await db().entry.findUniqueOrThrow({ where: { id: entryId }, select: { publishedRevision: { select: { number: true } } } });
  const rows = await db().revision.findMany({
    where: { entryId, number: { gt: entry.publishedRevision?.number ?? 0, lte: number } },
    select: { authorId: true },
    distinct: ["authorId"],
  });
  return rows.map((r) => r.authorId);
}

/**
 * Approves an open review and publishes the revision the reviewer saw. Four eyes, citations and link
 * integrity are checked before anything is written; the review row is re-read under the entry lock, so
 * two reviewers approving at once publish once, and a save that moved the review to a newer revision
 * (which takes the same lock) makes the approval fail instead of publishing what nobody reviewed.
 */
export async function approveRevision({ actor, reviewId, revisionId, reason, now = new Date() }: ApproveInput): Promise<{ entryId: string; revisionId: string }> {
  if (!can(actor, "review")) throw new ForbiddenError("Only reviewers can approve changes");
  requireUuid(reviewId, "This review");
  if (!isUuid(revisionId)) throw new ValidationError({ revisionId: ["Name the revision you reviewed"] });
  const review = await db().review.findUnique({
    where: { id: reviewId },
    select: { entryId: true, revisionId: true, status: true, revision: { select: { number: true, content: true } }, entry: { select: { kind: true } } },
  });
  if (!review) throw new NotFoundError("This review does not exist");
  if (review.status !== "OPEN") throw new ConflictError("This review has already been decided");
  if (review.revisionId !== revisionId) throw new ConflictError(NEWER_REVISION_MESSAGE);
  const change = { authorIds: await authorsSincePublished(review.entryId, review.revision.number) };
  if (!can(actor, "approve", change)) throw new ForbiddenError("You authored part of this change: another reviewer must approve it");
  let ownReason: string | null = null;
  if (isOwnChange(actor, change)) {
    const parsed = reasonSchema.safeParse(reason);
    if (!parsed.success) throw new ValidationError({ reason: ["You authored part of this change: say why you approve it yourself"] });
    ownReason = parsed.data;
  }

  const kind: EntryKindName = DB_TO_KIND[review.entry.kind];
  const parsed = parseContent(kind, review.revision.content);
  if (!parsed.success) throw new ValidationError({ _form: ["This revision no longer passes validation; save a corrected revision"] });
  const content = parsed.data;
  const uncited = uncitedClaimIds((content as { claims: Parameters<typeof uncitedClaimIds>[0] }).claims);
  if (uncited.length > 0) {
    throw new ValidationError({ claims: [`Every claim needs a citation before publishing; uncited: ${uncited.join(", ")}`] });
  }

  const result = await db().$transaction(async (tx) => {
    const entry = await tx.entry.update({
      where: { id: review.entryId },
      data: { updatedAt: now },
      select: { id: true, slug: true, kind: true, firstPublishedAt: true },
    });
    const current = await tx.review.findUniqueOrThrow({ where: { id: reviewId }, select: { status: true, revisionId: true } });
    if (current.status !== "OPEN") throw new ConflictError("This review has already been decided");
    // The save that moves a review takes the same entry lock: what is read here is what gets published.
    if (current.revisionId !== revisionId) throw new ConflictError(NEWER_REVISION_MESSAGE);

    const { problems, resolved } = await checkLinkIntegrity(tx, { kind, content, selfId: entry.id });
    if (problems.length > 0) {
      throw new ValidationError({
        _form: problems.map((p) => `References ${p.reason === "missing" ? "a missing" : `an ${p.reason}`} ${p.kind} "${p.slug}" (${p.paths.join(", ")})`),
      }, "This entry references entries readers cannot see yet");
    }

    const newSlug = (content as { slug: string }).slug;
    if (newSlug !== entry.slug) {
      await tx.slugRedirect.deleteMany({ where: { kind: entry.kind, oldSlug: newSlug } });
      await tx.slugRedirect.create({ data: { kind: entry.kind, oldSlug: entry.slug, entryId: entry.id } });
    }
    await tx.revision.update({ where: { id: review.revisionId }, data: { state: "PUBLISHED", publishedAt: now, publishedById: actor.id } });
    await tx.review.update({ where: { id: reviewId }, data: { status: "APPROVED", decidedById: actor.id, decidedAt: now, decisionNote: ownReason } });
    await tx.entry.update({
      where: { id: entry.id },
      data: {
        publishedRevisionId: revisionId,
        publishedAt: now,
        firstPublishedAt: entry.firstPublishedAt ?? now,
        slug: newSlug,
        withdrawnAt: null,
        withdrawnReason: null,
      },
    });
    await refreshLinks(tx, { entryId: entry.id, kind, content, resolved });
    await indexPublishedEntry(tx, { entryId: entry.id, kind, content });
    await bumpPublicGeneration(tx);
    await recordAudit(tx, {
      actorId: actor.id,
      action: ownReason ? "review.approve-own" : "review.approve",
      entryId: entry.id,
      revisionId: review.revisionId,
      detail: ownReason ? { reason: ownReason } : {},
    });
    await notifyPublished(tx, { reviewId, actorId: actor.id });
    return { entryId: entry.id, revisionId: review.revisionId };
  });
  await invalidatePublicPages();
  return result;
}
