import "server-only";
import { z } from "zod";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { publicChange, publicTransaction } from "../publication/public-change";
import { can, type Actor } from "../users/permissions";
import { studioCaptureSelect, toStudioCapture, type StudioCapture } from "./capture-dto";
import { sha256Schema } from "./capture-schema";

export const captureVisibilitySchema = z.object({ isPublic: z.boolean() });

/**
 * A reviewer makes a capture public (or private again). Public pages that list it change with it, so
 * the public generation moves in the same transaction.
 */
export async function setCaptureVisibility({ actor, sha256, input }: { actor: Actor; sha256: string; input: unknown }): Promise<StudioCapture> {
  if (!can(actor, "review")) throw new ForbiddenError("Only a reviewer can make a capture public or private");
  if (!sha256Schema.safeParse(sha256).success) throw new NotFoundError("No capture has this SHA-256");
  const parsed = captureVisibilitySchema.safeParse(input);
  if (!parsed.success) throw new ValidationError({ isPublic: ["Say whether the capture is public"] });
  const { isPublic } = parsed.data;
  const row = await publicTransaction(async (tx) => {
    const found = await tx.capture.findUnique({ where: { sha256 }, select: { id: true, isPublic: true } });
    if (!found) throw new NotFoundError("No capture has this SHA-256");
    const updated = await tx.capture.update({ where: { sha256 }, data: { isPublic }, select: studioCaptureSelect });
    if (found.isPublic !== isPublic) {
      await publicChange(tx, { actorId: actor.id, action: isPublic ? "capture.make-public" : "capture.make-private", detail: { sha256 } });
    }
    return updated;
  });
  return toStudioCapture(row);
}
