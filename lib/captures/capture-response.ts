import "server-only";
import { DOWNLOAD_POLICY } from "@/lib/cache/security-headers";
import type { CaptureBytes } from "./read-capture-bytes";

const EXTENSIONS: Record<string, string> = {
  "application/pdf": "pdf",
  "text/html": "html",
  "multipart/related": "mhtml",
  "image/png": "png",
  "image/jpeg": "jpg",
  "text/plain": "txt",
};

/**
 * A capture's bytes as a download, streamed chunk by chunk. Always an attachment under its hash, never
 * rendered on our origin: an archived web page's scripts must not run as this site.
 */
export function captureDownload(bytes: CaptureBytes, { cacheControl }: { cacheControl: string }): Response {
  return new Response(bytes.stream, {
    headers: {
      "content-type": bytes.mediaType === "multipart/related" ? "application/octet-stream" : bytes.mediaType,
      "content-length": String(bytes.size),
      "content-disposition": `attachment; filename="${bytes.sha256}.${EXTENSIONS[bytes.mediaType] ?? "bin"}"`,
      "content-security-policy": DOWNLOAD_POLICY,
      "x-content-type-options": "nosniff",
      "cache-control": cacheControl,
    },
  });
}
