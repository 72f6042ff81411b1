import "server-only";
import { readerDb, type Tx } from "../db";
import type { ArchiveStore } from "./archive-store";

/** Capture bytes as CaptureChunk rows: one database is the system of record, every instance sees every capture. */
export const postgresArchiveStore: ArchiveStore = {
  name: "postgres",
  async writeChunk(tx: Tx, { captureId, index, bytes }) {
    await tx.captureChunk.create({ data: { captureId, index, data: bytes as Uint8Array<ArrayBuffer> }, select: { index: true } });
  },
  read({ id, chunkCount }) {
    let index = 0;
    return new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          if (index >= chunkCount) {
            controller.close();
            return;
          }
          const chunk = await readerDb().captureChunk.findUnique({ where: { captureId_index: { captureId: id, index } }, select: { data: true } });
          if (!chunk) {
            controller.error(new Error(`capture ${id} is missing chunk ${index}`));
            return;
          }
          index++;
          controller.enqueue(chunk.data);
        },
      },
      // One chunk read ahead at most: memory stays at a chunk or two whatever the capture's size.
      { highWaterMark: 1 },
    );
  },
};

export function archiveStoreFor(name: string): ArchiveStore {
  if (name === postgresArchiveStore.name) return postgresArchiveStore;
  throw new Error(`No archive store named ${name}`);
}

/** The store new captures go to. */
export function defaultArchiveStore(): ArchiveStore {
  return postgresArchiveStore;
}
