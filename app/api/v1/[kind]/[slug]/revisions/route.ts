import { kindFromPath } from "@/lib/entries/kinds";
import { jsonError } from "@/lib/http/json-errors";
import { listPublicRevisions } from "@/lib/revisions/list-public-revisions";

export const dynamic = "force-dynamic";

/** Published revisions only: the corrections log as data. */
export async function GET(_request: Request, { params }: { params: Promise<{ kind: string; slug: string }> }) {
  const { kind: kindPath, slug } = await params;
  const kind = kindFromPath(kindPath);
  if (!kind) return jsonError(404, `Unknown kind "${kindPath}": use events, actors or sources`);
  const log = await listPublicRevisions({ kind, slug });
  if (!log) return jsonError(404, "No published entry with this slug");
  if (log.isWithdrawn) return jsonError(410, "This entry was withdrawn from the public record", { reason: log.withdrawnReason });
  return Response.json({
    slug: log.slug,
    data: log.revisions.map((r) => ({ number: r.number, publishedAt: r.publishedAt.toISOString(), summary: r.summary, changes: r.changes })),
  });
}
