import "server-only";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { env } from "../env";
import { ForbiddenError } from "../errors";
import { can, type Actor } from "../users/permissions";
import { exportRecord } from "./export-record";

/**
 * The export an admin downloads from the studio: the same archive as `npm run export`, without
 * password hashes, written to a private temporary file. The download is audited, since it takes the
 * whole record (drafts, history, users) off the server. The caller streams the file, then calls `remove`.
 */
export async function exportForDownload({ actor }: { actor: Actor }): Promise<{ file: string; manifestSha256: string; remove: () => Promise<void> }> {
  if (!can(actor, "export-record")) throw new ForbiddenError();
  const dir = await mkdtemp(path.join(tmpdir(), "expediente-download-"));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const file = path.join(dir, "record.tar");
    const { manifestSha256 } = await exportRecord({ connectionString: env().DATABASE_URL, out: file });
    await db().$transaction((tx) => recordAudit(tx, { actorId: actor.id, action: "record.exported", detail: { manifestSha256 } }));
    return { file, manifestSha256, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
