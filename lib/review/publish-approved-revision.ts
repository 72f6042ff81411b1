import "server-only";
import { recordAudit } from "../audit/record-audit";
import { uncitedClaimIds } from "../claims/summarize-claims";
import type { EntryKindName } from "../entries/common-schema";
import { parseContent, type ContentByKind } from "../entries/content-schema";
import { DB_TO_KIND } from "../entries/kinds";
import { db, type Tx } from "../db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, requireUuid } from "../errors";
import { checkLinkIntegrity } from "../links/check-link-integrity";
import { refreshLinks } from "../links/refresh-links";
import { notifyPublished } from "../notifications/notify-review-events";
import { publicChange } from "../publication/public-change";
import { reasonSchema } from "../revisions/revision-input-schema";
import { indexPublishedEntry } from "../search/index-entry";
import { can, isOwnChange, type Actor } from "../users/permissions";

// The publishing path shared by an approval now (approve-revision.ts) and an approval at a set time
// (schedule-publish-due.ts): the checks before anything is written, then the writes in the caller's transaction.

export type ApprovalCheck = {
  reviewId: string;
  entryId: string;
  revisionId: string;
  kind: EntryKindName;
  content: ContentByKind[EntryKindName];
  ownReason: string | null;
};

export const NEWER_REVISION_MESSAGE = "A newer revision was saved since you opened this review; review it first";
export const WITHDRAWN_MESSAGE = "This entry was withdrawn from the public record: only “Publish again”, with a reason, brings it back";

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
 * Role, four eyes, the revision's own validation and citations: everything an approval needs that is
 * not under the entry lock. `revisionId` is the revision the reviewer was shown; when given, an
 * approval of anything else is refused.
 */
export async function checkApproval({
  actor,
  reviewId,
  revisionId,
  reason,
}: {
  actor: Actor;
  reviewId: string;
  revisionId?: string;
  reason?: string | null;
}): Promise<ApprovalCheck> {
  if (!can(actor, "review")) throw new ForbiddenError("Only reviewers can approve changes");
  requireUuid(reviewId, "This review");
  const review = await db().review.findUnique({
    where: { id: reviewId },
    select: { entryId: true, revisionId: true, status: true, revision: { select: { number: true, content: true } }, entry: { select: { kind: true } } },
  });
  if (!review) throw new NotFoundError("This review does not exist");
  if (review.status !== "OPEN") throw new ConflictError("This review has already been decided");
  if (revisionId !== undefined && review.revisionId !== revisionId) throw new ConflictError(NEWER_REVISION_MESSAGE);
  const change = { authorIds: await authorsSincePublished(review.entryId, review.revision.number) };
  if (!can(actor, "approve", change)) throw new ForbiddenError("You authored part of this change: another reviewer must approve it");
  let ownReason: string | null = null;
  if (isOwnChange(actor, change)) {
    const parsed = reasonSchema.safeParse(reason ?? undefined);
    if (!parsed.success) throw new ValidationError({ reason: ["You authored part of this change: say why you approve it yourself"] });
    ownReason = parsed.data;
  }

  const kind: EntryKindName = DB_TO_KIND[review.entry.kind];
  const parsed = parseContent(kind, review.revision.content);
  if (!parsed.success) throw new ValidationError({ _form: ["This revision no longer passes validation; save a corrected revision"] });
  const content = parsed.data;
  const uncited = uncitedClaimIds(content.claims);
  if (uncited.length > 0) {
    throw new ValidationError({ claims: [`Every claim needs a citation before publishing; uncited: ${uncited.join(", ")}`] });
  }
  return { reviewId, entryId: review.entryId, revisionId: review.revisionId, kind, content, ownReason };
}

/** Locks the entry row and checks that the review is still open on the checked revision. */
export async function lockOpenReview(tx: Tx, approval: Pick<ApprovalCheck, "reviewId" | "entryId" | "revisionId">, now: Date) {
  const entry = await tx.entry.update({
    where: { id: approval.entryId },
    data: { updatedAt: now },
    select: { id: true, slug: true, kind: true, firstPublishedAt: true, withdrawnAt: true, withdrawnReason: true },
  });
  const current = await tx.review.findUniqueOrThrow({ where: { id: approval.reviewId }, select: { status: true, revisionId: true } });
  if (current.status !== "OPEN") throw new ConflictError("This review has already been decided");
  // The save that moves a review takes the same entry lock: what is read here is what gets published.
  if (current.revisionId !== approval.revisionId) throw new ConflictError(NEWER_REVISION_MESSAGE);
  return entry;
}

/** Link integrity, then every write of a publication, in the caller's transaction: the page, search, feed and caches change when it commits. */
export async function assertLinksPublishable(tx: Tx, { kind, content, entryId }: { kind: EntryKindName; content: ApprovalCheck["content"]; entryId: string }) {
  const { problems, resolved } = await checkLinkIntegrity(tx, { kind, content, selfId: entryId });
  if (problems.length > 0) {
    throw new ValidationError(
      {
        _form: problems.map((p) => p.message),
      },
      "This entry references entries readers cannot see yet",
    );
  }
  return resolved;
}

/**
 * `republishReason` is the reviewer's explicit choice to bring a withdrawn entry back (republish-entry.ts).
 * Without it a withdrawn entry is refused, re-checked under the entry lock: an approval or a scheduled job
 * decided before the withdrawal never clears it.
 */
export async function publishApprovedRevision(
  tx: Tx,
  {
    actor,
    approval,
    now,
    auditDetail = {},
    republishReason = null,
  }: { actor: Actor; approval: ApprovalCheck; now: Date; auditDetail?: Record<string, unknown>; republishReason?: string | null },
): Promise<{ entryId: string; revisionId: string }> {
  const { reviewId, kind, content, ownReason } = approval;
  const entry = await lockOpenReview(tx, approval, now);
  if (entry.withdrawnAt && !republishReason) throw new ConflictError(WITHDRAWN_MESSAGE);
  const resolved = await assertLinksPublishable(tx, { kind, content, entryId: entry.id });

  const newSlug = content.slug;
  if (newSlug !== entry.slug) {
    await tx.slugRedirect.deleteMany({ where: { kind: entry.kind, oldSlug: newSlug } });
    await tx.slugRedirect.create({ data: { kind: entry.kind, oldSlug: entry.slug, entryId: entry.id } });
  }
  await tx.revision.update({ where: { id: approval.revisionId }, data: { state: "PUBLISHED", publishedAt: now, publishedById: actor.id } });
  await tx.review.update({ where: { id: reviewId }, data: { status: "APPROVED", decidedById: actor.id, decidedAt: now, decisionNote: ownReason } });
  await tx.entry.update({
    where: { id: entry.id },
    data: {
      publishedRevisionId: approval.revisionId,
      publishedAt: now,
      firstPublishedAt: entry.firstPublishedAt ?? now,
      slug: newSlug,
      ...(entry.withdrawnAt ? { withdrawnAt: null, withdrawnReason: null } : {}),
    },
  });
  await refreshLinks(tx, { entryId: entry.id, kind, content, resolved });
  await indexPublishedEntry(tx, { entryId: entry.id, kind, content });
  await publicChange(tx, {
    actorId: actor.id,
    action: ownReason ? "review.approve-own" : "review.approve",
    entryId: entry.id,
    revisionId: approval.revisionId,
    detail: { ...(ownReason ? { reason: ownReason } : {}), ...auditDetail },
  });
  if (entry.withdrawnAt) {
    await recordAudit(tx, {
      actorId: actor.id,
      action: "entry.republish",
      entryId: entry.id,
      revisionId: approval.revisionId,
      detail: { reason: republishReason, withdrawnAt: entry.withdrawnAt.toISOString(), withdrawnReason: entry.withdrawnReason, reviewId },
    });
  }
  await notifyPublished(tx, { reviewId, actorId: actor.id });
  return { entryId: entry.id, revisionId: approval.revisionId };
}
