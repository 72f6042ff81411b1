import { listStudioCaptures } from "@/lib/captures/list-studio-captures";
import { jsonError, jsonFromDomainError } from "@/lib/http/json-errors";
import { currentActor } from "@/lib/users/current-actor";

export const dynamic = "force-dynamic";

/** `?sha256=a,b`: the listed captures as staff see them, for the source editor. */
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return jsonError(401, "Sign in first");
  const sha256s = (new URL(request.url).searchParams.get("sha256") ?? "").split(",").filter(Boolean);
  try {
    return Response.json(await listStudioCaptures({ actor, sha256s }), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    const response = jsonFromDomainError(error);
    if (response) return response;
    throw error;
  }
}
