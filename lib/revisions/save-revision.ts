import "server-only";
import { recordAudit } from "../audit/record-audit";
import { findCitationProblems, parseCitations } from "../citations/parse-citations";
import type { EntryKindName } from "../entries/common-schema";
import { parseContent, type AnyContent, type ContentByKind } from "../entries/content-schema";
import { missingCaptures } from "../captures/check-capture-refs";
import { KIND_TO_DB } from "../entries/kinds";
import { db } from "../db";
import { ForbiddenError, NotFoundError, requireUuid, type EditConflict, type FieldErrors } from "../errors";
import { deriveReferences, referencedEntries } from "../links/derive-references";
import { resolveReferences } from "../links/resolve-references";
import { keptReferenceKeys } from "../links/kept-references";
import { newWithdrawnReferenceMessage } from "../links/withdrawn-reference";
import { can, type Actor } from "../users/permissions";
import { autosaveKey } from "./autosave-key";
import { addFieldError, fieldErrorsFromZod, unstorableTextErrors } from "./field-errors";
import { mergeContent, storedObject } from "./merge-content";
import { editSummarySchema } from "./revision-input-schema";

export type SaveRevisionInput = {
  actor: Actor;
  kind: EntryKindName;
  /** Absent for a new entry. */
  entryId?: string;
  /** The revision the editor started from: required for an existing entry, absent for a new one. */
  baseRevisionId?: string | null;
  content: unknown;
  summary: unknown;
};

export type SaveConflict = EditConflict;

export type SaveRevisionResult =
  | { ok: true; entryId: string; revisionId: string; number: number; isMerged: boolean; fieldErrors?: undefined; conflict?: undefined }
  | { ok: false; fieldErrors: FieldErrors; formError?: string; conflict?: undefined }
  | { ok: false; conflict: SaveConflict; fieldErrors?: undefined; formError?: string };

const MISSING_BASE = "This save does not say which revision it started from; reload the entry (your work is autosaved) and save again.";

class ConflictSignal extends Error {
  constructor(readonly conflict: SaveConflict) {
    super("edit conflict");
  }
}

// Thrown (not returned) inside the transaction so that it rolls back: the entry's revision number was
// already taken, and a refused save must not use one up (numbers stay gapless).
class InvalidMergeSignal extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super("merged content is invalid");
  }
}

/** Validates content against its kind's schema plus the rules only the server knows. */
export async function validateContent<K extends EntryKindName>(
  kind: K,
  input: unknown,
  entryId?: string,
  baseRevisionId?: string | null,
): Promise<{ ok: true; content: ContentByKind[K] } | { ok: false; fieldErrors: FieldErrors }> {
  const textErrors = unstorableTextErrors(input);
  if (Object.keys(textErrors).length > 0) return { ok: false, fieldErrors: textErrors };
  const parsed = parseContent(kind, input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFromZod(parsed.error) };
  const content = parsed.data;
  const errors: FieldErrors = {};
  const refs = deriveReferences(kind, content);
  const [resolved, kept] = await Promise.all([resolveReferences(db(), referencedEntries(refs)), keptReferenceKeys(db(), { entryId, baseRevisionId })]);
  // A reference to a withdrawn entry that the published or base revision already made is history and may
  // stay (readers see the withdrawn name); a new one is refused next to its field.
  const newlyWithdrawn = (key: string) => {
    const target = resolved.get(key);
    return target?.withdrawn && target.id !== entryId && !kept.has(key) ? target.withdrawn : null;
  };
  for (const ref of refs) {
    if (ref.path === "body") continue; // reported with line and column below
    const key = `${ref.kind}/${ref.slug}`;
    if (!resolved.has(key)) addFieldError(errors, ref.path, `No ${ref.kind} with the slug "${ref.slug}"`);
    const withdrawn = newlyWithdrawn(key);
    if (withdrawn) addFieldError(errors, ref.path, newWithdrawnReferenceMessage(withdrawn));
  }
  const body = parsed.entry.kind === "source" ? undefined : parsed.entry.content.body;
  if (body) {
    // Keys include old slugs that redirect, so a marker citing a renamed source still resolves.
    const knownSources = new Set([...resolved.keys()].filter((k) => k.startsWith("source/")).map((k) => k.slice("source/".length)));
    for (const problem of findCitationProblems(body, knownSources)) addFieldError(errors, "body", problem.message);
    for (const marker of parseCitations(body)) {
      for (const item of marker.items) {
        const withdrawn = newlyWithdrawn(`source/${item.slug}`);
        if (withdrawn)
          addFieldError(errors, "body", `[@${item.slug}] (line ${marker.line}, column ${marker.column}): ${newWithdrawnReferenceMessage(withdrawn)}`);
      }
    }
  }
  if (parsed.entry.kind === "source") {
    for (const problem of await missingCaptures(parsed.entry.content.captures ?? [])) addFieldError(errors, problem.path, problem.message);
  }
  const { slug } = content;
  const taken = await db().entry.findFirst({
    where: { kind: KIND_TO_DB[kind], slug, ...(entryId ? { id: { not: entryId } } : {}) },
    select: { id: true },
  });
  const redirected = await db().slugRedirect.findFirst({
    where: { kind: KIND_TO_DB[kind], oldSlug: slug, ...(entryId ? { entryId: { not: entryId } } : {}) },
    select: { entryId: true },
  });
  if (taken || redirected) addFieldError(errors, "slug", `Another ${kind} already uses the address "${slug}"`);
  return Object.keys(errors).length > 0 ? { ok: false, fieldErrors: errors } : { ok: true, content };
}

/**
 * Saves the next revision of an entry (or creates the entry). Numbers are taken under a row lock,
 * so concurrent saves get unique, gapless numbers; a save whose base is not the latest revision
 * merges three ways against that base (fields, and the lines of one text), or returns the overlapping
 * hunks without writing anything.
 */
export async function saveRevision(input: SaveRevisionInput): Promise<SaveRevisionResult> {
  const { actor, kind } = input;
  if (!can(actor, "edit")) throw new ForbiddenError();
  if (input.entryId !== undefined) requireUuid(input.entryId, "This entry");
  // Without its base a save could not tell whether someone saved meanwhile: last writer would win.
  if (input.entryId !== undefined && !input.baseRevisionId) return { ok: false, fieldErrors: {}, formError: MISSING_BASE };
  if (input.baseRevisionId) requireUuid(input.baseRevisionId, "The revision you started from");

  const summary = editSummarySchema.safeParse(input.summary);
  const validated = await validateContent(kind, input.content, input.entryId, input.baseRevisionId);
  if (!summary.success || !validated.ok) {
    return {
      ok: false,
      fieldErrors: {
        ...(validated.ok ? {} : validated.fieldErrors),
        ...(summary.success ? {} : { summary: summary.error.issues.map((i) => i.message) }),
      },
    };
  }
  const content = validated.content;
  const { slug, title } = content;

  try {
    return await db().$transaction(async (tx) => {
      if (!input.entryId) {
        const entry = await tx.entry.create({
          data: { kind: KIND_TO_DB[kind], slug, title, revisionCount: 1 },
        });
        const revision = await tx.revision.create({
          data: { entryId: entry.id, number: 1, authorId: actor.id, summary: summary.data, content, title, slug },
        });
        await tx.entry.update({ where: { id: entry.id }, data: { latestRevisionId: revision.id } });
        await recordAudit(tx, { actorId: actor.id, action: "entry.create", entryId: entry.id, revisionId: revision.id, detail: { kind, slug } });
        await tx.autosave.deleteMany({ where: { userId: actor.id, key: autosaveKey({ kind }) } });
        return { ok: true as const, entryId: entry.id, revisionId: revision.id, number: 1, isMerged: false };
      }

      // Taking the next number locks the entry row until commit: saves on one entry are serialised here.
      const entry = await tx.entry
        .update({
          where: { id: input.entryId, kind: KIND_TO_DB[kind] },
          data: { revisionCount: { increment: 1 } },
          select: { id: true, revisionCount: true, latestRevisionId: true, publishedRevisionId: true, slug: true },
        })
        .catch(() => null);
      if (!entry) throw new NotFoundError("This entry does not exist");

      let toSave: AnyContent = content;
      let isMerged = false;
      if (input.baseRevisionId && entry.latestRevisionId && input.baseRevisionId !== entry.latestRevisionId) {
        const [base, theirs] = await Promise.all([
          tx.revision.findFirst({ where: { id: input.baseRevisionId, entryId: entry.id }, select: { content: true } }),
          tx.revision.findUniqueOrThrow({
            where: { id: entry.latestRevisionId },
            select: { id: true, number: true, content: true, author: { select: { name: true } } },
          }),
        ]);
        if (!base) throw new NotFoundError("The revision you started from does not exist");
        const stored = { base: storedObject(base.content), theirs: storedObject(theirs.content) };
        const merge = mergeContent({ ...stored, mine: toSave });
        if (!merge.ok) {
          throw new ConflictSignal({
            conflictingFields: merge.conflicts.map((c) => c.path),
            conflicts: merge.conflicts,
            merged: merge.merged,
            ...stored,
            mine: toSave,
            theirsRevisionId: theirs.id,
            theirsNumber: theirs.number,
            theirsAuthor: theirs.author.name,
          });
        }
        const revalidated = parseContent(kind, merge.merged);
        if (!revalidated.success) throw new InvalidMergeSignal(fieldErrorsFromZod(revalidated.error));
        toSave = revalidated.data;
        isMerged = true;
      }

      const openReview = await tx.review.findFirst({ where: { entryId: entry.id, status: "OPEN" }, select: { id: true, revisionId: true } });
      const { slug: savedSlug, title: savedTitle } = toSave;
      const revision = await tx.revision.create({
        data: {
          entryId: entry.id,
          number: entry.revisionCount,
          parentId: entry.latestRevisionId,
          authorId: actor.id,
          summary: summary.data,
          content: toSave,
          title: savedTitle,
          slug: savedSlug,
          // A later save moves an open review to the newer revision.
          state: openReview ? "IN_REVIEW" : "DRAFT",
        },
      });
      if (openReview) {
        await tx.review.update({ where: { id: openReview.id }, data: { revisionId: revision.id } });
        await tx.revision.update({ where: { id: openReview.revisionId }, data: { state: "DRAFT" } });
      }
      await tx.entry.update({
        where: { id: entry.id },
        data: {
          latestRevisionId: revision.id,
          title: savedTitle,
          // The public slug changes only on publication; until then an unpublished entry follows its drafts.
          ...(entry.publishedRevisionId ? {} : { slug: savedSlug }),
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "revision.save",
        entryId: entry.id,
        revisionId: revision.id,
        detail: { number: revision.number, isMerged },
      });
      await tx.autosave.deleteMany({ where: { userId: actor.id, key: autosaveKey({ entryId: entry.id }) } });
      return { ok: true as const, entryId: entry.id, revisionId: revision.id, number: revision.number, isMerged };
    });
  } catch (error) {
    if (error instanceof ConflictSignal) {
      return { ok: false, conflict: error.conflict, formError: "Someone saved this entry while you were editing it" };
    }
    if (error instanceof InvalidMergeSignal) return { ok: false, fieldErrors: error.fieldErrors };
    if (isUniqueViolation(error)) {
      return { ok: false, fieldErrors: { slug: [`Another ${kind} already uses the address "${slug}"`] } };
    }
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
