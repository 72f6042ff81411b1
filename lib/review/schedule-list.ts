import "server-only";
import { db } from "../db";
import type { Actor } from "../users/permissions";

export type ScheduledItem = {
  id: string;
  reviewId: string;
  entryId: string;
  title: string;
  revisionNumber: number;
  publishAt: Date;
  scheduledBy: string;
  status: "SCHEDULED" | "PUBLISHED" | "CANCELLED" | "FAILED";
  outcome: string | null;
  finishedAt: Date | null;
};

/** Upcoming publications (soonest first), then the 20 most recently finished. Studio only. */
export async function listScheduledPublications({
  actor,
  reviewId,
}: {
  actor: Actor;
  reviewId?: string;
}): Promise<{ upcoming: ScheduledItem[]; finished: ScheduledItem[] }> {
  void actor; // every signed-in studio user may see what is scheduled; the page checks read-drafts
  const select = {
    id: true,
    reviewId: true,
    entryId: true,
    publishAt: true,
    scheduledById: true,
    status: true,
    outcome: true,
    finishedAt: true,
    revisionId: true,
    entry: { select: { title: true } },
  } as const;
  const scope = reviewId ? { reviewId } : {};
  const [upcoming, finished] = await Promise.all([
    db().scheduledPublication.findMany({ where: { ...scope, status: "SCHEDULED" }, orderBy: { publishAt: "asc" }, take: 200, select }),
    db().scheduledPublication.findMany({ where: { ...scope, status: { not: "SCHEDULED" } }, orderBy: { finishedAt: "desc" }, take: 20, select }),
  ]);
  const rows = [...upcoming, ...finished];
  const [users, revisions] = await Promise.all([
    db().user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.scheduledById))] } }, select: { id: true, name: true } }),
    db().revision.findMany({ where: { id: { in: rows.map((r) => r.revisionId) } }, select: { id: true, number: true } }),
  ]);
  const names = new Map(users.map((u) => [u.id, u.name]));
  const numbers = new Map(revisions.map((r) => [r.id, r.number]));
  const toItem = (r: (typeof rows)[number]): ScheduledItem => ({
    id: r.id,
    reviewId: r.reviewId,
    entryId: r.entryId,
    title: r.entry.title,
    revisionNumber: numbers.get(r.revisionId) ?? 0,
    publishAt: r.publishAt,
    scheduledBy: names.get(r.scheduledById) ?? "",
    status: r.status,
    outcome: r.outcome,
    finishedAt: r.finishedAt,
  });
  return { upcoming: upcoming.map(toItem), finished: finished.map(toItem) };
}
