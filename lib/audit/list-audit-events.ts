import "server-only";
import { z } from "zod";
import { db } from "../db";
import { DB_TO_KIND } from "../entries/kinds";
import { ForbiddenError, isUuid } from "../errors";
import { isPlainObject } from "../revisions/same-value";
import type { AuditSubject } from "./audit-sentence";
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
  action: string;
  /** What the line says, as a sentence with names and links (lib/audit/audit-sentence.ts). */
  subject: AuditSubject;
};

const PAGE = 50;
const PEOPLE_KEYS = ["userId", "reviewerId", "previousReviewerId"] as const;

function asRecord(value: unknown): Record<string, unknown> {
  return isPlainObject(value) ? value : {};
}

/** The audit log, newest first, 50 lines a page (keyset on the id), each line with the names and numbers it needs to read as a sentence. */
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
      entry: { select: { id: true, kind: true, title: true } },
    },
    orderBy: { id: "desc" },
    take: PAGE + 1,
  });
  const page = rows.slice(0, PAGE);
  // Two lookups for the whole page, not one per line: revision numbers and the people details name.
  const revisionIds = [...new Set(page.flatMap((r) => (r.revisionId ? [r.revisionId] : [])))];
  const personIds = [...new Set(page.flatMap((r) => PEOPLE_KEYS.map((k) => asRecord(r.detail)[k]).filter(isUuid)))];
  const [revisions, people] = await Promise.all([
    db().revision.findMany({ where: { id: { in: revisionIds } }, select: { id: true, number: true } }),
    db().user.findMany({ where: { id: { in: personIds } }, select: { id: true, name: true } }),
  ]);
  const numbers = new Map(revisions.map((r) => [r.id, r.number]));
  const names = Object.fromEntries(people.map((p) => [p.id, p.name]));
  const [actions, actors] = await Promise.all([
    db().auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db().user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    rows: page.map((r) => ({
      id: r.id.toString(),
      at: r.at,
      action: r.action,
      subject: {
        action: r.action,
        actor: r.actor?.name ?? null,
        entry: r.entry ? { id: r.entry.id, kind: DB_TO_KIND[r.entry.kind], title: r.entry.title } : null,
        revisionNumber: r.revisionId ? (numbers.get(r.revisionId) ?? null) : null,
        detail: asRecord(r.detail),
        people: Object.fromEntries(PEOPLE_KEYS.map((k) => asRecord(r.detail)[k]).flatMap((id) => (isUuid(id) && names[id] ? [[id, names[id]]] : []))),
      },
    })),
    nextBefore: rows.length > PAGE ? Number(page[page.length - 1]!.id) : null,
    actions: actions.map((a) => a.action),
    actors,
  };
}
