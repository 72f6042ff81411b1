import "server-only";
import type { Tx } from "../db";

/** Where capture bytes live. PostgreSQL by default (docs/decisions/008-capture-storage.md); an S3-compatible store can follow. */
export interface ArchiveStore {
  /** Stored in Capture.store: which store a capture's bytes are in. */
  readonly name: string;
  /**
   * Writes one chunk of a capture being uploaded, inside the upload's transaction: when the upload
   * fails the chunks written so far go with it. A store outside PostgreSQL writes under a temporary key
   * and renames on `commit` (or deletes on `abort`).
   */
  writeChunk(tx: Tx, input: { captureId: string; index: number; bytes: Uint8Array }): Promise<void>;
  /** The bytes of a stored capture, read one chunk at a time as the reader consumes them. */
  read(capture: { id: string; chunkCount: number }): ReadableStream<Uint8Array>;
}

/** 1 MiB: the unit of storage and of reading; memory holds one chunk per upload or download at a time. */
export const CHUNK_BYTES = 1024 * 1024;
