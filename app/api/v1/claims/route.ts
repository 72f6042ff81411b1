import { jsonError, jsonValidationError } from "@/lib/http/json-errors";
import { listClaimsPage, listClaimsQuerySchema } from "@/lib/open-data/list-claims-page";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = listClaimsQuerySchema.safeParse(params);
  if (!parsed.success) return jsonValidationError(parsed.error);
  const result = await listClaimsPage(parsed.data);
  if (!result.ok) return jsonError(400, result.message, { issues: [{ path: "cursor", message: result.message }] });
  return Response.json({ data: result.data, nextCursor: result.nextCursor });
}
