import "server-only";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { env } from "../env";
import { ForbiddenError } from "../errors";
import { can, type Actor } from "../users/permissions";
import { exportRecord } from "./export-record";

/**
 * The export an admin downloads from the studio: the same archive as `npm run export`, without
 * password hashes, signed with the instance's key, written to a private temporary file. The download is audited, since it takes the
 * whole record (drafts, history, users) off the server. The caller streams the file, then calls `remove`.
 */
export async function exportForDownload({
  actor,
}: {
  actor: Actor;
}): Promise<{ file: string; manifestSha256: string; publicKey: string; remove: () => Promise<void> }> {
  if (!can(actor, "export-record")) throw new ForbiddenError();
  const dir = await mkdtemp(path.join(tmpdir(), "expediente-download-"));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const file = path.join(dir, "record.tar");
    // exportRecord signs with the instance's key and writes the audit line, naming the admin.
    const { manifestSha256, publicKey } = await exportRecord({ connectionString: env().DATABASE_URL, out: file, actorId: actor.id });
    return { file, manifestSha256, publicKey, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
