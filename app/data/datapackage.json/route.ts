import { PUBLIC_PAGE_CACHE_CONTROL } from "@/lib/cache/page-html-cache";
import { dataPackage } from "@/lib/open-data/data-package";
import { siteUrl } from "@/lib/site-url";

// Dynamic like the other /data files: the origin comes from the environment at run time, and the
// front door's public cache and ETag apply to it as to them.
export const dynamic = "force-dynamic";

export async function GET() {
  return Response.json(dataPackage({ origin: siteUrl() }), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'inline; filename="datapackage.json"',
      "cache-control": PUBLIC_PAGE_CACHE_CONTROL,
    },
  });
}
