import { PUBLIC_PAGE_CACHE_CONTROL } from "@/lib/cache/page-html-cache";
import { streamClaimsCsv } from "@/lib/open-data/stream-claims-csv";

export const dynamic = "force-dynamic";

export async function GET() {
  return new Response(await streamClaimsCsv(), {
    headers: {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": 'inline; filename="expediente-claims.csv"',
      "cache-control": PUBLIC_PAGE_CACHE_CONTROL,
    },
  });
}
