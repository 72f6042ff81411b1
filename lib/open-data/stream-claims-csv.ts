import "server-only";
import { CSV_HEADER, claimRowToCsv, claimRows } from "./claim-rows";
import { listWithdrawnReferences } from "../links/list-withdrawn-references";
import { withdrawnLabel } from "../links/withdrawn-reference";
import { publishedTitles, readPublishedRecord } from "./read-published-record";

/** The whole published claims dataset as CSV (UTF-8, header row), produced entry by entry. */
export async function streamClaimsCsv(): Promise<ReadableStream<Uint8Array>> {
  const [titles, withdrawn] = await Promise.all([publishedTitles(), listWithdrawnReferences()]);
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
      // A cited source that was withdrawn keeps its last published name, marked withdrawn, never its bare slug.
      const titleOf = (kind: typeof entry.kind, slug: string) => {
        const gone = kind === "source" ? withdrawn.get(`source/${slug}`) : undefined;
        return gone ? withdrawnLabel(gone) : titles.get(`${kind}:${slug}`);
      };
      const text = claimRows(entry, claims, titleOf).map(claimRowToCsv).join("");
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await entries.return(undefined);
    },
  });
}
