import "server-only";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { isUuid } from "../errors";

/**
 * Sign-out: bumps the person's session version, so every token issued before (this one, a copy of it,
 * the person's other devices) stops working on its next request. Only a current token can do it.
 */
export async function endSessions({ userId, sessionVersion }: { userId: unknown; sessionVersion: unknown }): Promise<void> {
  if (!isUuid(userId) || typeof sessionVersion !== "number") return;
  await db().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, sessionVersion }, data: { sessionVersion: { increment: 1 } } });
    if (count > 0) await recordAudit(tx, { actorId: userId, action: "user.sign-out" });
  });
}
