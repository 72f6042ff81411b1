import "server-only";
import type { EntryKindName } from "../entries/common-schema";
import { getRenamedSlug } from "./get-renamed-slug";
import { listPublicRevisions } from "../revisions/list-public-revisions";

/** The corrections log as the API answers it (`RevisionList`), following a renamed entry's old slug. */
export async function getPublicEntryRevisions({ kind, slug }: { kind: EntryKindName; slug: string }) {
  const log = await listPublicRevisions({ kind, slug });
  if (!log) {
    const renamed = await getRenamedSlug({ kind, slug });
    return renamed ? { status: "moved" as const, slug: renamed } : { status: "missing" as const };
  }
  if (log.isWithdrawn) return { status: "withdrawn" as const, reason: log.withdrawnReason ?? "" };
  return {
    status: "ok" as const,
    body: {
      slug: log.slug,
      data: log.revisions.map((r) => ({
        number: r.number,
        publishedAt: r.publishedAt.toISOString(),
        summary: r.summary,
        changes: r.changes,
        isHidden: r.isHidden,
      })),
    },
  };
}
