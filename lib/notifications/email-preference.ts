import "server-only";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { ValidationError } from "../errors";
import type { Actor } from "../users/permissions";

export async function getEmailPreference({ actor }: { actor: Actor }): Promise<{ isEmailEnabled: boolean }> {
  const row = await db().notificationPreference.findUnique({ where: { userId: actor.id }, select: { isEmailEnabled: true } });
  return { isEmailEnabled: row?.isEmailEnabled ?? true };
}

const preferenceSchema = z.object({ isEmailEnabled: z.boolean({ error: "Choose whether to receive e-mail" }) });

/** Each person decides for themselves: mail already queued is dropped when it is due. */
export async function setEmailPreference({ actor, input }: { actor: Actor; input: unknown }): Promise<{ isEmailEnabled: boolean }> {
  const parsed = preferenceSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError({ isEmailEnabled: parsed.error.issues.map((i) => i.message) });
  const { isEmailEnabled } = parsed.data;
  await db().$transaction(async (tx) => {
    await tx.notificationPreference.upsert({ where: { userId: actor.id }, create: { userId: actor.id, isEmailEnabled }, update: { isEmailEnabled } });
    await recordAudit(tx, { actorId: actor.id, action: "user.email-preference", detail: { isEmailEnabled } });
  });
  return { isEmailEnabled };
}
