import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { ForbiddenError, type FieldErrors } from "../errors";
import { fieldErrorsFromZod } from "../revisions/field-errors";
import { can, type Actor } from "../users/permissions";
import { CHUNK_BYTES } from "./archive-store";
import { studioCaptureSelect, toStudioCapture, type StudioCapture } from "./capture-dto";
import { captureMetadataSchema, formatBytes, MAX_CAPTURE_BYTES, SHA256_HEX } from "./capture-schema";
import { detectMediaType, SNIFF_BYTES } from "./detect-media-type";
import { defaultArchiveStore } from "./postgres-archive-store";

export type UploadCaptureResult =
  { ok: true; capture: StudioCapture; isDuplicate: boolean } | { ok: false; status: 400 | 413 | 415; fieldErrors: FieldErrors; formError: string };

/** A reason to refuse the upload, thrown inside the transaction so nothing it wrote stays. */
class UploadRefusal extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}
class DuplicateSignal extends Error {
  constructor(readonly sha256: string) {
    super("duplicate capture");
  }
}

const TOO_LARGE = `The file is larger than ${formatBytes(MAX_CAPTURE_BYTES)}, the limit for a capture`;
const TRUNCATED = "The upload ended before the whole file arrived: try again";
const UNKNOWN_TYPE = "This is not a PDF, HTML or MHTML snapshot, PNG or JPEG screenshot, or plain text file (the type is read from the file's bytes)";

/**
 * The request body cut into CHUNK_BYTES pieces (the last may be shorter). Reading stops as soon as more
 * than MAX_CAPTURE_BYTES arrived; a body that breaks off is a truncated upload.
 */
async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let filled = 0;
  let total = 0;
  try {
    for (;;) {
      let read: ReadableStreamReadResult<Uint8Array>;
      try {
        read = await reader.read();
      } catch {
        throw new UploadRefusal(400, TRUNCATED);
      }
      if (read.done) break;
      let piece = read.value;
      total += piece.length;
      if (total > MAX_CAPTURE_BYTES) throw new UploadRefusal(413, TOO_LARGE);
      while (piece.length > 0) {
        const taken = Math.min(piece.length, CHUNK_BYTES - filled);
        buffer.set(piece.subarray(0, taken), filled);
        filled += taken;
        piece = piece.subarray(taken);
        if (filled === CHUNK_BYTES) {
          yield buffer;
          buffer = Buffer.allocUnsafe(CHUNK_BYTES);
          filled = 0;
        }
      }
    }
    if (filled > 0) yield buffer.subarray(0, filled);
  } finally {
    // Stops reading what is left (past the limit, or after a refusal) and lets the connection go.
    await reader.cancel().catch(() => {});
  }
}

function refusal(status: 400 | 413 | 415, message: string): UploadCaptureResult {
  return { ok: false, status, fieldErrors: { file: [message] }, formError: message };
}

async function existing(sha256: string) {
  return db().capture.findUnique({ where: { sha256 }, select: studioCaptureSelect });
}

/**
 * Stores an uploaded capture, streamed: the body is hashed and written 1 MiB at a time into the archive
 * store inside one transaction, so a refused, truncated or failed upload leaves nothing behind. A file
 * already in the archive (same SHA-256) is linked, never stored twice.
 */
export async function uploadCapture({
  actor,
  body,
  declaredBytes,
  declaredSha256,
  metadata,
}: {
  actor: Actor;
  body: ReadableStream<Uint8Array> | null;
  /** Content-Length, when the client sent one: fewer bytes than that is a truncated upload. */
  declaredBytes: number | null;
  /** The SHA-256 the browser computed, when it sent one: a body that hashes otherwise is refused. */
  declaredSha256: string | null;
  metadata: unknown;
}): Promise<UploadCaptureResult> {
  if (!can(actor, "edit")) throw new ForbiddenError();
  const parsed = captureMetadataSchema.safeParse(metadata);
  if (!parsed.success) return { ok: false, status: 400, fieldErrors: fieldErrorsFromZod(parsed.error), formError: "Some fields need attention" };
  if (declaredSha256 !== null && !SHA256_HEX.test(declaredSha256)) return refusal(400, "The file's SHA-256 is not 64 hex characters");
  if (declaredBytes !== null && declaredBytes > MAX_CAPTURE_BYTES) {
    await body?.cancel().catch(() => {});
    return refusal(413, TOO_LARGE);
  }
  // The browser hashes before sending: a file already archived is linked without sending it again.
  if (declaredSha256) {
    const found = await existing(declaredSha256);
    if (found) {
      await body?.cancel().catch(() => {});
      return { ok: true, capture: toStudioCapture(found), isDuplicate: true };
    }
  }
  if (!body) return refusal(400, "No file was sent");
  const meta = parsed.data;
  const store = defaultArchiveStore();
  const captureId = randomUUID();
  let computedSha256: string | null = null;
  try {
    const saved = await db().$transaction(
      async (tx) => {
        // A placeholder hash until the last byte is read; nobody outside this transaction sees the row.
        await tx.capture.create({
          data: {
            id: captureId,
            sha256: `pending:${captureId}`,
            mediaType: "",
            size: 0,
            chunkCount: 0,
            store: store.name,
            capturedAt: new Date(meta.capturedAt),
            capturedUrl: meta.capturedUrl ?? null,
            tool: meta.tool ?? null,
            note: meta.note ?? null,
            isGraphic: meta.isGraphic,
            uploadedById: actor.id,
          },
          select: { id: true },
        });
        const hash = createHash("sha256");
        let size = 0;
        let index = 0;
        let mediaType: string | null = null;
        for await (const chunk of chunksOf(body)) {
          if (index === 0) {
            mediaType = await detectMediaType(chunk.subarray(0, SNIFF_BYTES));
            if (!mediaType) throw new UploadRefusal(415, UNKNOWN_TYPE);
          }
          hash.update(chunk);
          size += chunk.length;
          await store.writeChunk(tx, { captureId, index, bytes: chunk });
          index++;
        }
        if (size === 0 || !mediaType) throw new UploadRefusal(400, "The file is empty");
        if (declaredBytes !== null && size !== declaredBytes) throw new UploadRefusal(400, TRUNCATED);
        const sha256 = hash.digest("hex");
        computedSha256 = sha256;
        if (declaredSha256 && sha256 !== declaredSha256)
          throw new UploadRefusal(400, "The file that arrived does not match the one you chose (its SHA-256 differs): try again");
        if (await tx.capture.findUnique({ where: { sha256 }, select: { id: true } })) throw new DuplicateSignal(sha256);
        const row = await tx.capture.update({ where: { id: captureId }, data: { sha256, mediaType, size, chunkCount: index }, select: studioCaptureSelect });
        await recordAudit(tx, { actorId: actor.id, action: "capture.upload", detail: { sha256, mediaType, size, isGraphic: meta.isGraphic } });
        return row;
      },
      // A 50 MB upload over a slow line takes minutes; the transaction is held only by this upload.
      { timeout: 15 * 60_000 },
    );
    return { ok: true, capture: toStudioCapture(saved), isDuplicate: false };
  } catch (error) {
    if (error instanceof UploadRefusal) return refusal(error.status, error.message);
    // Two people uploading the same file at once: the second meets the first's row at its update.
    const sha256 = error instanceof DuplicateSignal ? error.sha256 : isUniqueViolation(error) ? computedSha256 : null;
    if (sha256) {
      const found = await existing(sha256);
      if (found) return { ok: true, capture: toStudioCapture(found), isDuplicate: true };
    }
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code?: string }).code === "P2002";
}
