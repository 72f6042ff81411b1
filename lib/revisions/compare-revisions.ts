import "server-only";
import { z } from "zod";
import { db } from "../db";
import { ForbiddenError, NotFoundError, ValidationError, requireUuid } from "../errors";
import { can, type Actor } from "../users/permissions";
import { diffContent, type FieldChange } from "./diff-content";
import { storedObject } from "./same-value";

export const compareQuerySchema = z.object({
  from: z.coerce.number().int().min(0, "A revision number"),
  to: z.coerce.number().int().min(1, "A revision number"),
});

export type Comparison = {
  from: { number: number; author: string; createdAt: Date; summary: string } | null;
  to: { number: number; author: string; createdAt: Date; summary: string };
  changes: FieldChange[];
};

/** Any two revisions of one entry, field by field; `from` 0 compares with nothing. Hidden content is not compared. */
export async function compareRevisions({ actor, entryId, query }: { actor: Actor; entryId: string; query: unknown }): Promise<Comparison> {
  if (!can(actor, "read-drafts")) throw new ForbiddenError();
  requireUuid(entryId, "This entry");
  const parsed = compareQuerySchema.safeParse(query);
  if (!parsed.success) throw new ValidationError({ from: ["Choose two revision numbers"] });
  const numbers = [parsed.data.from, parsed.data.to].filter((n) => n > 0);
  const rows = await db().revision.findMany({
    where: { entryId, number: { in: numbers } },
    select: { number: true, content: true, createdAt: true, summary: true, hiddenAt: true, author: { select: { name: true } } },
  });
  const find = (n: number) => rows.find((r) => r.number === n);
  const to = find(parsed.data.to);
  const from = parsed.data.from > 0 ? find(parsed.data.from) : null;
  if (!to || (parsed.data.from > 0 && !from)) throw new NotFoundError("One of these revisions does not exist");
  if (to.hiddenAt || from?.hiddenAt) throw new ForbiddenError("The content of a hidden revision cannot be compared");
  const meta = (r: NonNullable<typeof to>) => ({ number: r.number, author: r.author.name, createdAt: r.createdAt, summary: r.summary });
  return {
    from: from ? meta(from) : null,
    to: meta(to),
    changes: diffContent(from ? storedObject(from.content) : null, storedObject(to.content)),
  };
}
