import "server-only";
import { z } from "zod";
import { db } from "../db";
import { ForbiddenError } from "../errors";
import { can, type Actor } from "../users/permissions";

export const auditFilterSchema = z.object({
  action: z.string().trim().max(60).optional(),
  actorId: z.uuid().optional(),
  entryId: z.uuid().optional(),
  before: z.coerce.number().int().positive().optional(),
});

export type AuditRow = {
  id: string;
  at: Date;
  actor: string | null;
  action: string;
  entryId: string | null;
  entryTitle: string | null;
  revisionId: string | null;
  detail: unknown;
};

/** The audit log, newest first, 100 lines a page (keyset on the id). */
export async function listAuditEvents({
  actor,
  filter,
}: {
  actor: Actor;
  filter: unknown;
}): Promise<{ rows: AuditRow[]; nextBefore: number | null; actions: string[]; actors: { id: string; name: string }[] }> {
  if (!can(actor, "read-audit")) throw new ForbiddenError();
  const parsed = auditFilterSchema.safeParse(filter);
  const f = parsed.success ? parsed.data : {};
  const rows = await db().auditEvent.findMany({
    where: {
      ...(f.action ? { action: f.action } : {}),
      ...(f.actorId ? { actorId: f.actorId } : {}),
      ...(f.entryId ? { entryId: f.entryId } : {}),
      ...(f.before ? { id: { lt: BigInt(f.before) } } : {}),
    },
    select: {
      id: true,
      at: true,
      action: true,
      entryId: true,
      revisionId: true,
      detail: true,
      actor: { select: { name: true } },
      entry: { select: { title: true } },
    },
    orderBy: { id: "desc" },
    take: 101,
  });
  const [actions, actors] = await Promise.all([
    db().auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db().user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const page = rows.slice(0, 100);
  return {
    rows: page.map((r) => ({
      id: r.id.toString(),
      at: r.at,
      actor: r.actor?.name ?? null,
      action: r.action,
      entryId: r.entryId,
      entryTitle: r.entry?.title ?? null,
      revisionId: r.revisionId,
      detail: r.detail,
    })),
    nextBefore: rows.length > 100 ? Number(page[page.length - 1]!.id) : null,
    actions: actions.map((a) => a.action),
    actors,
  };
}
