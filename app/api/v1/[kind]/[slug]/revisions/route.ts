import { getPublicEntryRevisions } from "@/lib/api/get-public-entry-revisions";
import { kindFromPath } from "@/lib/entries/kinds";
import { jsonError } from "@/lib/http/json-errors";

export const dynamic = "force-dynamic";

/** Published revisions only: the corrections log as data. An old slug answers 301, like the entry itself. */
export async function GET(_request: Request, { params }: { params: Promise<{ kind: string; slug: string }> }) {
  const { kind: kindPath, slug } = await params;
  const kind = kindFromPath(kindPath);
  if (!kind) return jsonError(404, `Unknown kind "${kindPath}": use events, actors or sources`);
  const result = await getPublicEntryRevisions({ kind, slug });
  if (result.status === "moved") {
    return new Response(null, { status: 301, headers: { location: `/api/v1/${kindPath}/${result.slug}/revisions` } });
  }
  if (result.status === "missing") return jsonError(404, "No published entry with this slug");
  if (result.status === "withdrawn") return jsonError(410, "This entry was withdrawn from the public record", { reason: result.reason });
  return Response.json(result.body);
}
