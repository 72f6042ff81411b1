import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { ForbiddenError, type FieldErrors } from "../errors";
import { fieldErrorsFromZod } from "../revisions/field-errors";
import { can, type Actor } from "../users/permissions";
import { CHUNK_BYTES } from "./archive-store";
import { studioCaptureSelect, toStudioCapture, type StudioCapture } from "./capture-dto";
import { captureMetadataSchema, MAX_CAPTURE_BYTES, SHA256_HEX, type CaptureMetadata } from "./capture-schema";
import { detectMediaType } from "./detect-media-type";
import { defaultArchiveStore } from "./postgres-archive-store";
import { receiveUploadBody, TOO_LARGE, TRUNCATED, UploadBodyError, type ReceivedUpload } from "./receive-upload-body";
import { takeUploadSlot, UPLOAD_RETRY_AFTER_SECONDS, UPLOADS_PER_USER } from "./upload-slots";

export type UploadCaptureResult =
  | { ok: true; capture: StudioCapture; isDuplicate: boolean }
  | { ok: false; status: 400 | 408 | 413 | 415; fieldErrors: FieldErrors; formError: string }
  | { ok: false; status: 429; fieldErrors: FieldErrors; formError: string; retryAfterSeconds: number };

/** A reason to refuse the upload, thrown inside the transaction so nothing it wrote stays. */
class UploadRefusal extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

const UNKNOWN_TYPE = "This is not a PDF, HTML or MHTML snapshot, PNG or JPEG screenshot, or plain text file (the type is read from the file's bytes)";
const TOO_MANY = `You are already sending ${UPLOADS_PER_USER} files: wait until one has finished, then try again`;

function refusal(status: 400 | 408 | 413 | 415, message: string): UploadCaptureResult {
  return { ok: false, status, fieldErrors: { file: [message] }, formError: message };
}

async function existing(sha256: string) {
  return db().capture.findUnique({ where: { sha256 }, select: studioCaptureSelect });
}

/**
 * Stores an uploaded capture. The body is first read into a temporary file, hashed and typed as it
 * streams, with no database connection held (a slow or stalled client would otherwise hold a pooled
 * connection idle in a transaction for as long as it liked: issue 21); then one short transaction
 * writes it 1 MiB at a time into the archive store, so a refused, truncated or failed upload leaves
 * nothing behind. A file already in the archive (same SHA-256) is linked, never stored twice. Each
 * person runs at most UPLOADS_PER_USER uploads at once.
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
  const release = takeUploadSlot(actor.id);
  if (!release) {
    await body.cancel().catch(() => {});
    return { ok: false, status: 429, fieldErrors: { file: [TOO_MANY] }, formError: TOO_MANY, retryAfterSeconds: UPLOAD_RETRY_AFTER_SECONDS };
  }
  let received: ReceivedUpload | null = null;
  try {
    let mediaType = null as string | null;
    try {
      received = await receiveUploadBody(body, {
        // Typed from the first bytes, so a file of an unknown type is refused before the rest is read.
        checkHead: async (head) => {
          mediaType = await detectMediaType(head);
          if (!mediaType) throw new UploadBodyError(415, UNKNOWN_TYPE);
        },
      });
    } catch (error) {
      if (error instanceof UploadBodyError) return refusal(error.status, error.message);
      throw error;
    }
    const { size, sha256 } = received;
    if (size === 0 || !mediaType) return refusal(400, "The file is empty");
    if (declaredBytes !== null && size !== declaredBytes) return refusal(400, TRUNCATED);
    if (declaredSha256 && sha256 !== declaredSha256)
      return refusal(400, "The file that arrived does not match the one you chose (its SHA-256 differs): try again");
    const found = await existing(sha256);
    if (found) return { ok: true, capture: toStudioCapture(found), isDuplicate: true };
    return await storeReceived({ actor, received, mediaType, meta: parsed.data });
  } finally {
    release();
    await received?.discard();
  }
}

/**
 * Writes a received file in one transaction: the row, its chunks read back from the file, the audit
 * line. It waits only for the database and the local disk, so it is short whatever the client's line.
 */
async function storeReceived({
  actor,
  received,
  mediaType,
  meta,
}: {
  actor: Actor;
  received: ReceivedUpload;
  mediaType: string;
  meta: CaptureMetadata;
}): Promise<UploadCaptureResult> {
  const { sha256, size } = received;
  const store = defaultArchiveStore();
  const captureId = randomUUID();
  try {
    const saved = await db().$transaction(
      async (tx) => {
        await tx.capture.create({
          data: {
            id: captureId,
            sha256,
            mediaType,
            size,
            chunkCount: Math.ceil(size / CHUNK_BYTES),
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
        let index = 0;
        for await (const chunk of received.chunks()) {
          await store.writeChunk(tx, { captureId, index, bytes: chunk });
          index++;
        }
        if (index !== Math.ceil(size / CHUNK_BYTES)) throw new UploadRefusal(400, TRUNCATED);
        await recordAudit(tx, { actorId: actor.id, action: "capture.upload", detail: { sha256, mediaType, size, isGraphic: meta.isGraphic } });
        return tx.capture.findUniqueOrThrow({ where: { id: captureId }, select: studioCaptureSelect });
      },
      // 50 MB are 50 inserts of 1 MiB read from a local file: seconds, not the client's minutes.
      { timeout: 120_000 },
    );
    return { ok: true, capture: toStudioCapture(saved), isDuplicate: false };
  } catch (error) {
    if (error instanceof UploadRefusal) return refusal(error.status, error.message);
    // Two people uploading the same file at once: the second meets the first's row as it inserts its own.
    if (isUniqueViolation(error)) {
      const found = await existing(sha256);
      if (found) return { ok: true, capture: toStudioCapture(found), isDuplicate: true };
    }
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
