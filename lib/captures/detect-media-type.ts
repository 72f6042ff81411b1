// The type of a capture from its first bytes, never from its name or the browser's claim.
import { fileTypeFromBuffer } from "file-type";
import type { CaptureMediaType } from "./capture-schema";

const BINARY_TYPES: Record<string, CaptureMediaType> = { "application/pdf": "application/pdf", "image/png": "image/png", "image/jpeg": "image/jpeg" };

/** Enough of the start of a file to tell its type (file-type reads at most 4100 bytes). */
export const SNIFF_BYTES = 64 * 1024;

/** The capture type of a file starting with `head`, or null when it is none of the accepted types. */
export async function detectMediaType(head: Uint8Array): Promise<CaptureMediaType | null> {
  if (head.length === 0) return null;
  const found = await fileTypeFromBuffer(head);
  if (found) return BINARY_TYPES[found.mime] ?? null;
  const text = decodeText(head);
  if (text === null) return null;
  const start = text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .slice(0, 2000)
    .toLowerCase();
  if (start.startsWith("<!doctype html") || start.startsWith("<html") || /^<(head|body|meta|title)[\s>]/.test(start)) return "text/html";
  // MHTML ("Save page as… single file"): MIME headers, then a multipart/related body.
  if (/^(from|subject|date|snapshot-content-location|mime-version|content-type):/m.test(start) && /content-type:\s*multipart\/related/.test(start)) {
    return "multipart/related";
  }
  return "text/plain";
}

/** The text of `head` when it is UTF-8 without control characters other than whitespace, else null. */
function decodeText(head: Uint8Array): string | null {
  let text: string;
  try {
    // A multi-byte character cut at the end of the sniffed bytes is not an error: drop the tail.
    text = new TextDecoder("utf-8", { fatal: true }).decode(trimIncompleteUtf8(head));
  } catch {
    return null;
  }
  return /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text) ? null : text;
}

function trimIncompleteUtf8(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  let back = 0;
  while (end - back - 1 >= 0 && back < 4 && (bytes[end - back - 1]! & 0xc0) === 0x80) back++;
  const lead = bytes[end - back - 1];
  if (lead === undefined) return bytes;
  const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  if (needed > back + 1) end = end - back - 1;
  return bytes.subarray(0, end);
}
