import "server-only";
import { z } from "zod";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { publicChange, publicTransaction } from "../publication/public-change";
import { can, type Actor } from "../users/permissions";
import { studioCaptureSelect, toStudioCapture, type StudioCapture } from "./capture-dto";
import { sha256Schema } from "./capture-schema";

export const hideCaptureSchema = z.object({ reason: z.string().trim().min(1, "Give a reason").max(1000, "1000 characters at most") });

/** An admin hides a capture from everyone but admins, with a reason. Its bytes stay: nothing is deleted. */
export async function hideCapture({ actor, sha256, input }: { actor: Actor; sha256: string; input: unknown }): Promise<StudioCapture> {
  if (!can(actor, "hide-revision")) throw new ForbiddenError("Only an admin can hide a capture");
  if (!sha256Schema.safeParse(sha256).success) throw new NotFoundError("No capture has this SHA-256");
  const parsed = hideCaptureSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError({ reason: parsed.error.issues.map((i) => i.message) });
  const row = await publicTransaction(async (tx) => {
    const found = await tx.capture.findUnique({ where: { sha256 }, select: { hiddenAt: true } });
    if (!found) throw new NotFoundError("No capture has this SHA-256");
    if (found.hiddenAt) throw new ConflictError("This capture is already hidden");
    const updated = await tx.capture.update({
      where: { sha256 },
      data: { hiddenAt: new Date(), hiddenReason: parsed.data.reason, hiddenById: actor.id },
      select: studioCaptureSelect,
    });
    await publicChange(tx, { actorId: actor.id, action: "capture.hide", detail: { sha256, reason: parsed.data.reason } });
    return updated;
  });
  return toStudioCapture(row);
}
