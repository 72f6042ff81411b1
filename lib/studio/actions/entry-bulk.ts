"use server";

// The entry list's bulk actions: each entry is checked, written and audited by the use case, in one
// transaction, and the list shows what happened to each.
import type { ActionResult } from "@/lib/http/action-result";
import { runAction } from "@/lib/http/server-action";
import { assignReviewer } from "@/lib/review/assign-reviewer";
import type { BulkEntryResult } from "@/lib/review/bulk-entry-results";
import { submitEntriesForReview } from "@/lib/review/submit-entries-for-review";

const STUDIO = { path: "/studio", type: "layout" } as const;

export type BulkResult = ActionResult<{ results: BulkEntryResult[] }>;

export async function bulkSubmitAction(entryIds: unknown): Promise<BulkResult> {
  return runAction(async (actor) => ({ results: await submitEntriesForReview({ actor, entryIds }) }), { revalidate: STUDIO });
}

export async function bulkAssignReviewerAction(entryIds: unknown, reviewerId: unknown): Promise<BulkResult> {
  return runAction(async (actor) => ({ results: await assignReviewer({ actor, entryIds, reviewerId }) }), { revalidate: STUDIO });
}
