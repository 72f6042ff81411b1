import "server-only";
import type { Tx } from "../db";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entryId?: string | null;
  revisionId?: string | null;
  detail?: Record<string, unknown>;
};

/** Writes an audit line inside the caller's transaction, so the change and its record land together. */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      entryId: input.entryId ?? null,
      revisionId: input.revisionId ?? null,
      detail: (input.detail ?? {}) as object,
    },
  });
}
