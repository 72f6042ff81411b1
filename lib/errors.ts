// The few domain errors the data layer throws; app/ maps them to responses in one place.
import type { FieldConflict } from "./revisions/merge-content";

export class ForbiddenError extends Error {
  readonly status = 403;
  constructor(message = "You do not have permission to do that") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export class NotFoundError extends Error {
  readonly status = 404;
  constructor(message = "Not found") {
    super(message);
    this.name = "NotFoundError";
  }
}

export class ConflictError extends Error {
  readonly status = 409;
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}

export type FieldErrors = Record<string, string[]>;

export class ValidationError extends Error {
  readonly status = 422;
  constructor(
    readonly fieldErrors: FieldErrors,
    message = "Some fields need attention",
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** Ids arrive from URLs and forms: one that cannot be a uuid names nothing, and PostgreSQL would refuse it. */
export function requireUuid(value: unknown, what = "This item"): string {
  if (!isUuid(value)) throw new NotFoundError(`${what} does not exist`);
  return value;
}

/** Both versions of an edit conflict, for the editor to resolve side by side. */
export type EditConflict = {
  /** Paths of the conflicting fields (`body`, `timeline.3.text`), one per entry of `conflicts`. */
  conflictingFields: string[];
  /** What overlapped: a text's hunks with both sides' lines, or a value both sides changed. */
  conflicts: FieldConflict[];
  /** Everything that merged, with the saver's own value at each conflicting path. */
  merged: Record<string, unknown>;
  base: Record<string, unknown>;
  theirs: Record<string, unknown>;
  mine: Record<string, unknown>;
  theirsRevisionId: string;
  theirsNumber: number;
  theirsAuthor: string;
};

/** A save whose base is no longer the latest revision and whose changes overlap with the latest: nothing was written. */
export class EditConflictError extends ConflictError {
  constructor(
    readonly conflict: EditConflict,
    message = "Someone saved this entry while you were editing; resolve the differences",
  ) {
    super(message);
    this.name = "EditConflictError";
  }
}
