import { PUBLIC_PAGE_CACHE_CONTROL } from "@/lib/cache/page-html-cache";
import { releasesDocument } from "@/lib/open-data/releases-document";
import { listReleaseFiles } from "@/lib/open-data/list-release-files";
import { siteUrl } from "@/lib/site-url";

// Dynamic like the other /data files: it changes with every publication, hiding and withdrawal.
export const dynamic = "force-dynamic";

export async function GET() {
  return Response.json(releasesDocument({ origin: siteUrl(), releases: await listReleaseFiles() }), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'inline; filename="expediente-releases.json"',
      "cache-control": PUBLIC_PAGE_CACHE_CONTROL,
    },
  });
}
