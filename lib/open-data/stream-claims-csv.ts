import "server-only";
import { CSV_HEADER, claimRowToCsv, claimRows } from "./claim-rows";
import { publishedTitles, readPublishedRecord } from "./read-published-record";

/** The whole published claims dataset as CSV (UTF-8, header row), produced entry by entry. */
export async function streamClaimsCsv(): Promise<ReadableStream<Uint8Array>> {
  const titles = await publishedTitles();
  const entries = readPublishedRecord();
  const encoder = new TextEncoder();
  let isHeaderSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!isHeaderSent) {
        isHeaderSent = true;
        controller.enqueue(encoder.encode(CSV_HEADER));
        return;
      }
      const next = await entries.next();
      if (next.done) return controller.close();
      const entry = next.value;
      const claims = entry.content.claims;
      const text = claimRows(entry, claims, (kind, slug) => titles.get(`${kind}:${slug}`))
        .map(claimRowToCsv)
        .join("");
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await entries.return(undefined);
    },
  });
}
