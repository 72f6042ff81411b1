import "server-only";
import { recordAudit } from "../audit/record-audit";
import { bumpPublicGeneration } from "../cache/public-generation";
import { uncitedClaimIds } from "../claims/summarize-claims";
import type { EntryKindName } from "../entries/common-schema";
import { parseContent, type ContentByKind } from "../entries/content-schema";
import { DB_TO_KIND } from "../entries/kinds";
import { db, type Tx } from "../db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, requireUuid } from "../errors";
import { checkLinkIntegrity } from "../links/check-link-integrity";
import { refreshLinks } from "../links/refresh-links";
import { notifyPublished } from "../notifications/notify-review-events";
import { reasonSchema } from "../revisions/revision-input-schema";
import { indexPublishedEntry } from "../search/index-entry";
import { canApprove, type Actor } from "../users/permissions";
import { authorsSincePublished } from "./approve-revision";

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

/** Four eyes, the revision's own validation and citations: everything an approval needs that is not under the entry lock. */
export async function checkApproval({ actor, reviewId, reason }: { actor: Actor; reviewId: string; reason?: string | null }): Promise<ApprovalCheck> {
  requireUuid(reviewId, "This review");
  const review = await db().review.findUnique({
    where: { id: reviewId },
    select: { entryId: true, revisionId: true, status: true, revision: { select: { number: true, content: true } }, entry: { select: { kind: true } } },
  });
  if (!review) throw new NotFoundError("This review does not exist");
  const authors = await authorsSincePublished(review.entryId, review.revision.number);
  const verdict = canApprove(actor, authors);
  if (verdict === "no") {
    throw new ForbiddenError(
      authors.includes(actor.id) ? "You authored part of this change: another reviewer must approve it" : "Only reviewers can approve changes",
    );
  }
  let ownReason: string | null = null;
  if (verdict === "with-reason") {
    const parsed = reasonSchema.safeParse(reason ?? undefined);
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
  return { reviewId, entryId: review.entryId, revisionId: review.revisionId, kind, content, ownReason };
}

/** Locks the entry row and checks that the review is still open on the checked revision. */
export async function lockOpenReview(tx: Tx, approval: Pick<ApprovalCheck, "reviewId" | "entryId" | "revisionId">, now: Date) {
  const entry = await tx.entry.update({
    where: { id: approval.entryId },
    data: { updatedAt: now },
    select: { id: true, slug: true, kind: true, firstPublishedAt: true },
  });
  const current = await tx.review.findUniqueOrThrow({ where: { id: approval.reviewId }, select: { status: true, revisionId: true } });
  if (current.status !== "OPEN") throw new ConflictError("This review has already been decided");
  if (current.revisionId !== approval.revisionId) throw new ConflictError("A newer revision was saved; review it first");
  return entry;
}

/** Link integrity, then every write of a publication, in the caller's transaction: the page, search, feed and caches change when it commits. */
export async function assertLinksPublishable(tx: Tx, { kind, content, entryId }: { kind: EntryKindName; content: ApprovalCheck["content"]; entryId: string }) {
  const { problems, resolved } = await checkLinkIntegrity(tx, { kind, content, selfId: entryId });
  if (problems.length > 0) {
    throw new ValidationError({
      _form: problems.map((p) => `References ${p.reason === "missing" ? "a missing" : `an ${p.reason}`} ${p.kind} "${p.slug}" (${p.paths.join(", ")})`),
    }, "This entry references entries readers cannot see yet");
  }
  return resolved;
}

export async function publishApprovedRevision(
  tx: Tx,
  { actor, approval, now, auditDetail = {} }: { actor: Actor; approval: ApprovalCheck; now: Date; auditDetail?: Record<string, unknown> },
): Promise<{ entryId: string; revisionId: string }> {
  const { reviewId, kind, content, ownReason } = approval;
  const entry = await lockOpenReview(tx, approval, now);
  const resolved = await assertLinksPublishable(tx, { kind, content, entryId: entry.id });

  const newSlug = (content as { slug: string }).slug;
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
    revisionId: approval.revisionId,
    detail: { ...(ownReason ? { reason: ownReason } : {}), ...auditDetail },
  });
  await notifyPublished(tx, { reviewId, actorId: actor.id });
  return { entryId: entry.id, revisionId: approval.revisionId };
}
