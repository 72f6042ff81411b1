import { publicEntryDto } from "@/lib/api/public-entry-dto";
import { getPublishedEntry } from "@/lib/entries/get-published-entry";
import { kindFromPath } from "@/lib/entries/kinds";
import { getPublicLinkTargets } from "@/lib/links/get-public-link-targets";
import { jsonError } from "@/lib/http/json-errors";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ kind: string; slug: string }> }) {
  const { kind: kindPath, slug } = await params;
  const kind = kindFromPath(kindPath);
  if (!kind) return jsonError(404, `Unknown kind "${kindPath}": use events, actors or sources`);
  const lookup = await getPublishedEntry({ kind, slug });
  if (lookup.status === "moved") {
    return new Response(null, { status: 301, headers: { location: `/api/v1/${kindPath}/${lookup.slug}` } });
  }
  if (lookup.status === "withdrawn") return jsonError(410, "This entry was withdrawn from the public record", { reason: lookup.reason });
  if (lookup.status === "missing") return jsonError(404, "No published entry with this slug");
  return Response.json(publicEntryDto(lookup, await getPublicLinkTargets(lookup.kind, lookup.content)));
}
