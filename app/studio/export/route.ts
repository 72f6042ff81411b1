import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { redirect } from "next/navigation";
import { exportForDownload } from "@/lib/export/export-for-download";
import { jsonError } from "@/lib/http/json-errors";
import { currentActor } from "@/lib/users/current-actor";
import { can } from "@/lib/users/permissions";

export const dynamic = "force-dynamic";

/** The whole record as `npm run export` writes it (without password hashes), for an admin to keep. */
export async function GET() {
  const actor = await currentActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent("/studio/export")}`);
  if (!can(actor, "export-record")) return jsonError(403, "Only an admin can download the whole record");
  const { file, manifestSha256, publicKey, remove } = await exportForDownload({ actor });
  const stream = createReadStream(file);
  stream.once("close", () => void remove());
  const day = new Date().toISOString().slice(0, 10);
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      "content-type": "application/x-tar",
      "content-disposition": `attachment; filename="expediente-record-${day}.tar"`,
      "cache-control": "no-store",
      "x-expediente-manifest-sha256": manifestSha256,
      // What an import names with --trusted-key (docs/export-format.md).
      "x-expediente-public-key": publicKey,
    },
  });
}
