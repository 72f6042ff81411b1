import "server-only";
import { db } from "../db";
import type { CaptureRef } from "./capture-schema";

/** A source may list only captures the archive holds, not hidden, with their stored type and size. */
export async function missingCaptures(refs: CaptureRef[]): Promise<{ path: string; message: string }[]> {
  if (refs.length === 0) return [];
  const rows = await db().capture.findMany({
    where: { sha256: { in: refs.map((r) => r.sha256) } },
    select: { sha256: true, mediaType: true, size: true, hiddenAt: true },
  });
  const bySha = new Map(rows.map((r) => [r.sha256, r]));
  return refs.flatMap((ref, index) => {
    const row = bySha.get(ref.sha256);
    const path = `captures.${index}.sha256`;
    if (!row) return [{ path, message: "The archive holds no capture with this SHA-256: upload the file" }];
    if (row.hiddenAt) return [{ path, message: "An admin hid this capture: it cannot be listed" }];
    if (row.mediaType !== ref.mediaType || row.size !== ref.size) return [{ path, message: "The type or size does not match the archived capture" }];
    return [];
  });
}
