import "server-only";
import { db } from "../db";
import { ForbiddenError, NotFoundError, requireUuid } from "../errors";
import type { EntryKindName } from "../entries/common-schema";
import { DB_TO_KIND } from "../entries/kinds";
import { can, type Actor } from "../users/permissions";
import { diffContent, type FieldChange } from "./diff-content";
import { itemLabel } from "./field-labels";
import { publicRevisionNumberSchema } from "./get-public-revision";
import type { RevisionState } from "./revision-state";
import { isPlainObject, storedObject } from "./same-value";

type RevisionLine = { id: string; number: number; author: string; createdAt: Date; summary: string; state: RevisionState };

export type RestorePreview = {
  entry: { id: string; kind: EntryKindName; title: string };
  /** The old revision whose content would come back. */
  restoring: RevisionLine;
  /** The revision the restore is computed against (and refused if it is no longer the latest). */
  latest: RevisionLine;
  /** From the latest revision to what the restore would save. */
  changes: FieldChange[];
  /** Claims in the latest revision that the restore would take out, as the editor names them. */
  removedClaims: string[];
  /** The number the restored draft would get. */
  nextNumber: number;
  /** Whether readers see a published revision of this entry now (they keep seeing it until the restore is approved). */
  isPublished: boolean;
  /** An open review would move to the restored draft; otherwise it has to be submitted. */
  hasOpenReview: boolean;
  /** Why it cannot be restored, when it cannot: the latest itself, or hidden content. */
  refusal: string | null;
};

function claimsById(content: Record<string, unknown>): Map<string, unknown> {
  const claims = Array.isArray(content.claims) ? content.claims : [];
  return new Map(claims.filter(isPlainObject).map((claim) => [String(claim.id), claim]));
}

/**
 * What restoring revision `number` would do, before anything is written: the comparison with the latest revision
 * (not the published one: the restore saves over the latest), with every claim it would remove named.
 */
export async function previewRestore({ actor, entryId, number }: { actor: Actor; entryId: string; number: unknown }): Promise<RestorePreview> {
  if (!can(actor, "edit")) throw new ForbiddenError(); // before reading what the actor may not see
  requireUuid(entryId, "This entry");
  const parsedNumber = publicRevisionNumberSchema.safeParse(number);
  if (!parsedNumber.success) throw new NotFoundError("This revision does not exist");
  const entry = await db().entry.findUnique({
    where: { id: entryId },
    select: { id: true, kind: true, title: true, revisionCount: true, latestRevisionId: true, publishedRevisionId: true },
  });
  if (!entry?.latestRevisionId) throw new NotFoundError("This entry does not exist");
  const select = {
    id: true,
    number: true,
    createdAt: true,
    summary: true,
    state: true,
    content: true,
    hiddenAt: true,
    author: { select: { name: true } },
  } as const;
  const [old, latest, openReview] = await Promise.all([
    db().revision.findUnique({ where: { entryId_number: { entryId, number: parsedNumber.data } }, select }),
    db().revision.findUniqueOrThrow({ where: { id: entry.latestRevisionId }, select }),
    db().review.findFirst({ where: { entryId, status: "OPEN" }, select: { id: true } }),
  ]);
  if (!old) throw new NotFoundError("This revision does not exist");
  const line = (r: typeof old): RevisionLine => ({
    id: r.id,
    number: r.number,
    author: r.author.name,
    createdAt: r.createdAt,
    summary: r.hiddenAt ? "" : r.summary,
    state: r.state,
  });
  const refusal = old.hiddenAt
    ? "The content of this revision is hidden: it cannot be restored."
    : old.id === latest.id
      ? "This is already the latest revision: there is nothing to restore."
      : latest.hiddenAt
        ? "The latest revision's content is hidden: the comparison cannot be shown."
        : null;
  const before = storedObject(latest.content);
  const after = storedObject(old.content);
  const kept = claimsById(after);
  return {
    entry: { id: entry.id, kind: DB_TO_KIND[entry.kind], title: entry.title },
    restoring: line(old),
    latest: line(latest),
    changes: refusal ? [] : diffContent(before, after),
    removedClaims: refusal ? [] : [...claimsById(before)].filter(([id]) => !kept.has(id)).map(([, claim]) => itemLabel("claims", claim)),
    nextNumber: entry.revisionCount + 1,
    isPublished: entry.publishedRevisionId !== null,
    hasOpenReview: openReview !== null,
    refusal,
  };
}
