import { openApiDocument } from "@/lib/api/openapi-document";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(openApiDocument(siteUrl()));
}
