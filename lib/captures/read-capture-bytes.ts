import "server-only";
import { db } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import { can, type Actor } from "../users/permissions";
import { getPublicCapture } from "./get-public-capture";
import { archiveStoreFor } from "./postgres-archive-store";

export type CaptureBytes = { sha256: string; mediaType: string; size: number; stream: ReadableStream<Uint8Array> };

/** A reader's download: only a public capture cited by a published source; anything else is not found. */
export async function readPublicCaptureBytes({ sha256 }: { sha256: string }): Promise<CaptureBytes> {
  const capture = await getPublicCapture({ sha256 });
  if (!capture) throw new NotFoundError("No published capture has this SHA-256");
  return { sha256: capture.sha256, mediaType: capture.mediaType, size: capture.size, stream: archiveStoreFor(capture.store).read(capture) };
}

/** Staff download any capture, private ones included; one an admin hid, only an admin. */
export async function readStudioCaptureBytes({ actor, sha256 }: { actor: Actor; sha256: string }): Promise<CaptureBytes> {
  if (!can(actor, "read-drafts")) throw new ForbiddenError();
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new NotFoundError("No capture has this SHA-256");
  const capture = await db().capture.findUnique({
    where: { sha256 },
    select: { id: true, sha256: true, mediaType: true, size: true, chunkCount: true, store: true, hiddenAt: true },
  });
  if (!capture || (capture.hiddenAt && !can(actor, "hide-revision"))) throw new NotFoundError("No capture has this SHA-256");
  return { sha256: capture.sha256, mediaType: capture.mediaType, size: capture.size, stream: archiveStoreFor(capture.store).read(capture) };
}
