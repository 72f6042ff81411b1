import "server-only";
import { db } from "../db";
import { ForbiddenError } from "../errors";
import { can, type Actor } from "../users/permissions";
import { studioCaptureSelect, toStudioCapture, type StudioCapture } from "./capture-dto";
import { SHA256_HEX } from "./capture-schema";

/** The captures a source lists, as staff see them (private and hidden ones included), with what the actor may do. */
export async function listStudioCaptures({ actor, sha256s }: { actor: Actor; sha256s: string[] }): Promise<{
  captures: StudioCapture[];
  canChangeVisibility: boolean;
  canHide: boolean;
}> {
  if (!can(actor, "read-drafts")) throw new ForbiddenError();
  const wanted = sha256s.filter((s) => SHA256_HEX.test(s)).slice(0, 100);
  const rows = wanted.length === 0 ? [] : await db().capture.findMany({ where: { sha256: { in: wanted } }, select: studioCaptureSelect });
  return { captures: rows.map(toStudioCapture), canChangeVisibility: can(actor, "review"), canHide: can(actor, "hide-revision") };
}
