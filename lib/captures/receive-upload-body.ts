import "server-only";
import { createHash } from "node:crypto";
import { mkdtemp, open, rm, type FileHandle } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { CHUNK_BYTES } from "./archive-store";
import { formatBytes, MAX_CAPTURE_BYTES } from "./capture-schema";
import { SNIFF_BYTES } from "./detect-media-type";

/**
 * How slow a client may send an upload before it is dropped. A byte every 2 s keeps any "no byte for
 * N s" timer happy, so the pace is checked too: after a grace period the client must have averaged
 * MIN_BYTES_PER_SECOND, which a 50 MB capture meets in under an hour on the slowest line we want to
 * serve (16 KiB/s) and a stalling client fails within seconds (issue 21).
 */
export type UploadPace = { idleMs: number; graceMs: number; minBytesPerSecond: number };

export const UPLOAD_PACE: UploadPace = {
  /** No byte for this long: the client is gone or stalling. */
  idleMs: 10_000,
  /** Time allowed before the average pace is checked (connection set-up, a slow first packet). */
  graceMs: 10_000,
  minBytesPerSecond: 16 * 1024,
};

export type UploadBodyRefusal = { status: 400 | 408 | 413 | 415; message: string };

/** A reason to stop reading an upload's body; `status` is the HTTP answer. */
export class UploadBodyError extends Error {
  constructor(
    readonly status: UploadBodyRefusal["status"],
    message: string,
  ) {
    super(message);
  }
}

export const TOO_LARGE = `The file is larger than ${formatBytes(MAX_CAPTURE_BYTES)}, the limit for a capture`;
export const TRUNCATED = "The upload ended before the whole file arrived: try again";
export const TOO_SLOW = "The upload stalled or came in too slowly: check the connection and try again";

export type ReceivedUpload = {
  /** The file holding the body, removed by `discard`. */
  path: string;
  size: number;
  sha256: string;
  /** The first SNIFF_BYTES (or fewer, for a smaller file), to read the type from. */
  head: Buffer;
  /** Reads the file back CHUNK_BYTES at a time. */
  chunks: () => AsyncGenerator<Buffer>;
  discard: () => Promise<void>;
};

/**
 * Reads an upload's body into a temporary file, hashing it as it streams, before anything touches the
 * database: a slow or stalled client then holds a file descriptor and a few KiB, never a connection or
 * a transaction. Stops at MAX_CAPTURE_BYTES + 1 byte (413), when the client stalls or falls below the
 * pace (408), and when the body breaks off (400). `checkHead` is called once with the first bytes and
 * may refuse the file before the rest is read. On any refusal the file is already gone.
 */
export async function receiveUploadBody(
  body: ReadableStream<Uint8Array>,
  { checkHead, pace = UPLOAD_PACE }: { checkHead?: (head: Buffer) => Promise<void>; pace?: UploadPace } = {},
): Promise<ReceivedUpload> {
  const folder = await mkdtemp(path.join(tmpdir(), "expediente-upload-"));
  const file = path.join(folder, "body");
  const discard = () => rm(folder, { recursive: true, force: true });
  let handle: FileHandle | undefined;
  const reader = body.getReader();
  let isComplete = false;
  try {
    handle = await open(file, "w", 0o600);
    const hash = createHash("sha256");
    const startedAt = Date.now();
    let lastByteAt = startedAt;
    let size = 0;
    let head: Buffer | null = null;
    const headParts: Buffer[] = [];
    let headSize = 0;
    for (;;) {
      // Whichever comes first: no byte for idleMs, or the moment the average falls below the pace.
      const deadline = Math.min(lastByteAt + pace.idleMs, startedAt + pace.graceMs + (size / pace.minBytesPerSecond) * 1000);
      const read = await readBefore(reader, deadline);
      if (read.done) break;
      const piece = Buffer.from(read.value.buffer, read.value.byteOffset, read.value.byteLength);
      if (piece.length === 0) continue;
      lastByteAt = Date.now();
      size += piece.length;
      if (size > MAX_CAPTURE_BYTES) throw new UploadBodyError(413, TOO_LARGE);
      hash.update(piece);
      await handle.write(piece);
      if (!head) {
        headParts.push(Buffer.from(piece.subarray(0, SNIFF_BYTES - headSize)));
        headSize += Math.min(piece.length, SNIFF_BYTES - headSize);
        if (headSize >= SNIFF_BYTES) {
          head = Buffer.concat(headParts);
          await checkHead?.(head);
        }
      }
    }
    if (!head) {
      head = Buffer.concat(headParts);
      if (size > 0) await checkHead?.(head);
    }
    await handle.close();
    handle = undefined;
    isComplete = true;
    return { path: file, size, sha256: hash.digest("hex"), head, chunks: () => chunksOfFile(file), discard };
  } finally {
    await handle?.close().catch(() => {});
    if (!isComplete) {
      await discard();
      // Stops reading what is left (past the limit, after a refusal or a stall) and lets the connection go.
      await reader.cancel().catch(() => {});
    }
  }
}

/** The next read of the body, or a 408 when `deadline` (epoch ms) passes first. */
async function readBefore(reader: ReadableStreamDefaultReader<Uint8Array>, deadline: number): Promise<ReadableStreamReadResult<Uint8Array>> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      reader.read().catch(() => {
        throw new UploadBodyError(400, TRUNCATED);
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new UploadBodyError(408, TOO_SLOW)), Math.max(0, deadline - Date.now()));
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

async function* chunksOfFile(file: string): AsyncGenerator<Buffer> {
  const handle = await open(file, "r");
  try {
    for (;;) {
      // A new buffer per chunk: the caller may keep it (the store writes it) while the next is read.
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      let filled = 0;
      while (filled < CHUNK_BYTES) {
        const { bytesRead } = await handle.read(buffer, filled, CHUNK_BYTES - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      if (filled === 0) return;
      yield buffer.subarray(0, filled);
      if (filled < CHUNK_BYTES) return;
    }
  } finally {
    await handle.close();
  }
}
