import "server-only";
import { PUBLIC_PAGE_CACHE_CONTROL } from "../cache/page-html-cache";
import { jsonError } from "../http/json-errors";
import { findRelease, currentRelease, type Release } from "./read-release";
import { releaseNumberSchema } from "./release-number";
import { streamClaimsCsv } from "./stream-claims-csv";
import { streamRecordJson } from "./stream-record-json";

type DataFile = "claims.csv" | "record.json";

const CONTENT_TYPES: Record<DataFile, string> = {
  "claims.csv": "text/csv; charset=utf-8; header=present",
  "record.json": "application/json; charset=utf-8",
};

function fileName(file: DataFile, release: Release | null, isCurrent: boolean): string {
  const [base, extension] = file === "claims.csv" ? ["claims", "csv"] : ["record", "json"];
  return isCurrent || !release ? `expediente-${base}.${extension}` : `expediente-${base}-release-${release.number}.${extension}`;
}

/**
 * One open-data file as an answer: the current release's at /data/<file>, an earlier one's at
 * /data/releases/<n>/<file>. The same headers for both; freshness is the front door's, as for every
 * public answer (an ETag of the public generation), since a later hiding or withdrawal amends a release.
 */
export async function dataFileResponse(file: DataFile, { releaseNumber }: { releaseNumber?: string } = {}): Promise<Response> {
  let release: Release | null;
  if (releaseNumber === undefined) {
    release = await currentRelease();
  } else {
    const parsed = releaseNumberSchema.safeParse(releaseNumber);
    release = parsed.success ? await findRelease(parsed.data) : null;
    if (!release) {
      // JSON like every route handler's refusal (lib/http/json-errors.ts); the address asked for is not echoed.
      return jsonError(404, "There is no such release of the open data; the list is at /data/releases.json");
    }
  }
  const body = file === "claims.csv" ? streamClaimsCsv(release) : streamRecordJson(release);
  return new Response(body, {
    headers: {
      "content-type": CONTENT_TYPES[file],
      "content-disposition": `inline; filename="${fileName(file, release, releaseNumber === undefined)}"`,
      "cache-control": PUBLIC_PAGE_CACHE_CONTROL,
    },
  });
}
