import { PUBLIC_PAGE_CACHE_CONTROL } from "@/lib/cache/page-html-cache";
import { streamRecordJson } from "@/lib/open-data/stream-record-json";

export const dynamic = "force-dynamic";

export async function GET() {
  return new Response(await streamRecordJson(), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'inline; filename="expediente-record.json"',
      "cache-control": PUBLIC_PAGE_CACHE_CONTROL,
    },
  });
}
