import { createHash } from "node:crypto";

/** A byte stream of text chunks, pulled one at a time so a large file never sits in memory at once. */
export function streamOfChunks(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    // Every pull enqueues or closes: a pull that does neither is not called again, and the reader waits forever
    // (an entry without claims gives an empty chunk).
    async pull(controller) {
      for (;;) {
        const next = await chunks.next();
        if (next.done) return controller.close();
        if (next.value) return controller.enqueue(encoder.encode(next.value));
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/** The SHA-256 (hex) and size in bytes of the UTF-8 text the chunks make, as a download of them would have. */
export async function digestOfChunks(chunks: AsyncGenerator<string>): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of chunks) {
    const data = Buffer.from(chunk, "utf8");
    bytes += data.length;
    hash.update(data);
  }
  return { sha256: hash.digest("hex"), bytes };
}
