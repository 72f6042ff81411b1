// The rows a refused call must not touch: "nothing partly written" is these counts unchanged.
import { db } from "@/lib/db";

export type RowCounts = {
  entries: number;
  revisions: number;
  reviews: number;
  reviewComments: number;
  auditEvents: number;
  users: number;
  publications: number;
  captures: number;
  captureChunks: number;
};

export async function rowCounts(): Promise<RowCounts> {
  const [entries, revisions, reviews, reviewComments, auditEvents, users, publications, captures, captureChunks] = await Promise.all([
    db().entry.count(),
    db().revision.count(),
    db().review.count(),
    db().reviewComment.count(),
    db().auditEvent.count(),
    db().user.count(),
    // Open reviews and published revisions change state without adding rows: count them too.
    db().revision.count({ where: { state: "PUBLISHED" } }),
    db().capture.count(),
    db().captureChunk.count(),
  ]);
  return { entries, revisions, reviews, reviewComments, auditEvents, users, publications, captures, captureChunks };
}

export function countDelta(before: RowCounts, after: RowCounts): RowCounts {
  return Object.fromEntries(Object.entries(after).map(([key, value]) => [key, value - before[key as keyof RowCounts]])) as RowCounts;
}

export const NO_CHANGE: RowCounts = {
  entries: 0,
  revisions: 0,
  reviews: 0,
  reviewComments: 0,
  auditEvents: 0,
  users: 0,
  publications: 0,
  captures: 0,
  captureChunks: 0,
};
