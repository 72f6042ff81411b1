import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import { uploadCapture } from "@/lib/captures/upload-capture";
import type { Actor } from "@/lib/users/permissions";

/** A PDF-looking file of `size` bytes (a PDF header, then random bytes): unique per call. */
export function pdfBytes(size: number): Buffer {
  const head = Buffer.from("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "latin1");
  return Buffer.concat([head, randomBytes(Math.max(0, size - head.length))]);
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** A request body that hands out `bytes` in 64 KiB pieces and counts what was pulled; `failAt` breaks it off there. */
export function bodyOf(bytes: Uint8Array, { failAt }: { failAt?: number } = {}): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (failAt !== undefined && offset >= failAt) {
          controller.error(new Error("aborted"));
          return;
        }
        if (offset >= bytes.length) {
          controller.close();
          return;
        }
        const piece = bytes.subarray(offset, Math.min(offset + 65_536, bytes.length));
        offset += piece.length;
        controller.enqueue(piece);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => offset };
}

/** An endless body of one repeated 64 KiB piece starting with a PDF header, counting what was pulled. */
export function endlessPdfBody(): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  const piece = pdfBytes(65_536);
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        pulled += piece.length;
        controller.enqueue(piece);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => pulled };
}

/** A POST that announces `declaredBytes` and sends only the first bytes: the server's answer, before the body ends. */
export function postAnnouncing(url: string, headers: Record<string, string>, declaredBytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", headers: { ...headers, "content-length": String(declaredBytes) } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
      request.destroy();
    });
    request.on("error", (error) => (request.destroyed ? undefined : reject(error)));
    request.write(pdfBytes(4096));
  });
}

/** Stores a new PDF capture of `size` bytes through the data layer, as an editor's upload does; returns its bytes. */
export async function storeTestCapture({ actor, size, capturedAt, tool }: { actor: Actor; size: number; capturedAt: string; tool: string }): Promise<Buffer> {
  const bytes = pdfBytes(size);
  const uploaded = await uploadCapture({
    actor,
    body: bodyOf(bytes).stream,
    declaredBytes: bytes.length,
    declaredSha256: null,
    metadata: { capturedAt, tool },
  });
  if (!uploaded.ok) throw new Error("capture upload failed");
  return bytes;
}
