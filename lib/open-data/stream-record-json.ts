import "server-only";
import { publicKindReference } from "../api/public-reference";
import { deriveReferences, referencedEntries } from "../links/derive-references";
import { listWithdrawnReferences } from "../links/list-withdrawn-references";
import { publishedTitles, readPublishedRecord, type PublishedRecordEntry } from "./read-published-record";

export const RECORD_FORMAT_VERSION = 1;

/**
 * The whole published record as one JSON document: { format, generatedAt, entries: [...] }, each entry
 * with its published revision's content. Written entry by entry so the document is never built in memory.
 */
export async function streamRecordJson({ now = new Date() }: { now?: Date } = {}): Promise<ReadableStream<Uint8Array>> {
  const [titles, withdrawn] = await Promise.all([publishedTitles(), listWithdrawnReferences()]);
  // The entries each one refers to that readers may know of: published ones, and withdrawn ones by their
  // last published name with `withdrawn: true` (the same shape as the API's references).
  const referencesOf = (e: PublishedRecordEntry) =>
    referencedEntries(deriveReferences(e.kind, e.content)).flatMap(({ kind, slug }) => {
      const gone = withdrawn.get(`${kind}/${slug}`);
      const title = titles.get(`${kind}:${slug}`) ?? null;
      return gone || title ? [publicKindReference({ kind, slug, title, withdrawn: gone })] : [];
    });
  const entries = readPublishedRecord();
  const encoder = new TextEncoder();
  let count = 0;
  let isOpened = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!isOpened) {
        isOpened = true;
        controller.enqueue(
          encoder.encode(`{"format":"expediente-record","version":${RECORD_FORMAT_VERSION},"generatedAt":${JSON.stringify(now.toISOString())},"entries":[`),
        );
        return;
      }
      const next = await entries.next();
      if (next.done) {
        controller.enqueue(encoder.encode("]}\n"));
        return controller.close();
      }
      const e = next.value;
      const item = {
        kind: e.kind,
        slug: e.slug,
        title: e.title,
        url: e.url,
        revision: e.revision,
        publishedAt: e.publishedAt.toISOString(),
        firstPublishedAt: e.firstPublishedAt.toISOString(),
        content: e.content,
        references: referencesOf(e),
      };
      controller.enqueue(encoder.encode(`${count++ === 0 ? "" : ","}\n${JSON.stringify(item)}`));
    },
    async cancel() {
      await entries.return(undefined);
    },
  });
}
