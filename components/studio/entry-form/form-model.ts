// The editor's working copy of an entry: the kind's content shape, with empty strings where the
// user has not typed yet. `toContent` turns it into what the kind's zod schema parses. What is required,
// and the shape of an empty entry, are read from the schemas; only the editor's suggested choices are listed here.
import { z } from "zod";
import type { EntryKindName } from "@/lib/entries/common-schema";
import { contentSchemaByKind } from "@/lib/entries/content-schema";
import type { FieldErrors } from "@/lib/errors";
import { fieldErrorsFromZod } from "@/lib/revisions/field-errors";
import { editSummarySchema } from "@/lib/revisions/revision-input-schema";
import { isPlainObject } from "@/lib/revisions/same-value";

export type Draft = Record<string, unknown>;
export type Path = string;

/** What a new entry's choices start at: the most common answer, which the editor can change. */
const SUGGESTED: Record<EntryKindName, Record<Path, string>> = {
  event: {
    "eventType.category": "Violence against civilians",
    "eventType.subtype": "Attack",
    "date.start.precision": "day",
    "place.precision": "exact",
    grade: "fair",
    "investigation.status": "unknown",
  },
  actor: { nature: "organisation", actorType: "other" },
  source: { sourceType: "news-article", language: "es" },
};

function unwrapRequired(schema: z.core.$ZodType): z.core.$ZodType | null {
  return schema instanceof z.ZodOptional ? null : schema;
}

/** The empty value of a required field: "" for text, [] for a list, an object of its required fields; choices stay unset. */
function emptyValue(schema: z.core.$ZodType): unknown {
  if (schema instanceof z.ZodString) return "";
  if (schema instanceof z.ZodArray) return [];
  if (schema instanceof z.ZodObject) {
    const out: Draft = {};
    for (const [key, field] of Object.entries(schema.shape)) {
      const required = unwrapRequired(field);
      const value = required ? emptyValue(required) : undefined;
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  return undefined;
}

export function emptyContent(kind: EntryKindName): Draft {
  const empty = emptyValue(contentSchemaByKind[kind]);
  let draft: Draft = isPlainObject(empty) ? empty : {};
  for (const [path, value] of Object.entries(SUGGESTED[kind])) draft = setAt(draft, path, value);
  return draft;
}

/** A stored revision or autosave, completed with the defaults of fields it lacks. */
export function draftFrom(kind: EntryKindName, content: Record<string, unknown> | null | undefined): Draft {
  return { ...emptyContent(kind), ...(content ?? {}) };
}

/** Names of fields that are required text somewhere in the schemas: an empty one is sent, for the schema's message. */
function requiredStringKeys(schema: z.core.$ZodType, out = new Set<string>(), seen = new Set<z.core.$ZodType>()): Set<string> {
  if (seen.has(schema)) return out;
  seen.add(schema);
  if (schema instanceof z.ZodObject) {
    for (const [key, field] of Object.entries(schema.shape)) {
      if (field instanceof z.ZodString) out.add(key);
      requiredStringKeys(field, out, seen);
    }
  } else if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    requiredStringKeys(schema.unwrap(), out, seen);
  } else if (schema instanceof z.ZodArray) {
    requiredStringKeys(schema.element, out, seen);
  } else if (schema instanceof z.ZodUnion) {
    for (const option of schema.options) requiredStringKeys(option, out, seen);
  }
  return out;
}

// Strings the schema requires (an empty one gets the schema's own message); every other empty string means
// "not given" and is left out, as optional fields expect.
export const REQUIRED_STRINGS: ReadonlySet<string> = new Set(Object.values(contentSchemaByKind).flatMap((schema) => [...requiredStringKeys(schema)]));
// Optional groups left out when nothing in them was filled in.
const OPTIONAL_GROUPS = new Set(["qualifiers", "archive"]);

function clean(value: unknown, key: string): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => clean(v, ""));
    return key === "authors" ? items.filter((v) => typeof v === "string" && v.trim() !== "") : items;
  }
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const cleaned = clean(v, k);
      if (cleaned === undefined) continue;
      if (cleaned === "" && !REQUIRED_STRINGS.has(k)) continue;
      if (typeof cleaned === "number" && Number.isNaN(cleaned)) continue;
      out[k] = cleaned;
    }
    if (OPTIONAL_GROUPS.has(key) && Object.keys(out).length === 0) return undefined;
    return out;
  }
  return value;
}

export function toContent(draft: Draft): Record<string, unknown> {
  const content = clean(draft, "");
  return isPlainObject(content) ? content : {};
}

// Clearer than zod's default "expected string, received undefined" for a field left empty.
const friendlyErrors: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "invalid_type" && issue.input === undefined) return "Required";
  if (issue.code === "invalid_value" && issue.input === undefined) return "Choose one";
  return undefined;
};

/** The same schema the server parses with, for instant messages. */
export function validateDraft(kind: EntryKindName, draft: Draft): FieldErrors {
  const parsed = contentSchemaByKind[kind].safeParse(toContent(draft), { error: friendlyErrors });
  return parsed.success ? {} : fieldErrorsFromZod(parsed.error);
}

export function validateEditSummary(summary: string): string[] | undefined {
  const parsed = editSummarySchema.safeParse(summary);
  return parsed.success ? undefined : parsed.error.issues.map((i) => i.message);
}

export function pathParts(path: Path): string[] {
  return path === "" ? [] : path.split(".");
}

export function getAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const part of pathParts(path)) {
    if (Array.isArray(current)) current = current[Number(part)];
    else if (isPlainObject(current)) current = current[part];
    else return undefined;
  }
  return current;
}

/** The object at `path` (a claim, a date, a list item), or undefined when there is none there. */
export function recordAt(value: unknown, path: Path): Record<string, unknown> | undefined {
  const found = getAt(value, path);
  return isPlainObject(found) ? found : undefined;
}

/** The list at `path` as objects, index for index (an item that is not an object reads as empty), or []. */
export function recordsAt(value: unknown, path: Path): Record<string, unknown>[] {
  const found = getAt(value, path);
  return Array.isArray(found) ? found.map((item: unknown) => (isPlainObject(item) ? item : {})) : [];
}

/** Immutable update: copies the objects and arrays along the path only. */
export function setAt(root: Draft, path: Path, next: unknown): Draft {
  const updated = setIn(root, pathParts(path), next);
  return isPlainObject(updated) ? updated : root;
}

function setIn(container: unknown, [head, ...rest]: string[], next: unknown): unknown {
  if (head === undefined) return next;
  if (Array.isArray(container) || (container == null && /^\d+$/.test(head))) {
    const copy: unknown[] = Array.isArray(container) ? [...container] : [];
    copy[Number(head)] = setIn(copy[Number(head)], rest, next);
    return copy;
  }
  const copy: Record<string, unknown> = isPlainObject(container) ? { ...container } : {};
  const child = setIn(copy[head], rest, next);
  if (child === undefined) delete copy[head];
  else copy[head] = child;
  return copy;
}

/** DOM id of a field's control, and of its error message. */
export function fieldId(path: Path): string {
  return `f-${path.replace(/\./g, "-") || "form"}`;
}

/** A stable id for a new claim, participant, moment...: matches the item id rule /^[a-z0-9][a-z0-9-]*$/. */
export function newItemId(prefix: string): string {
  const random =
    typeof crypto !== "undefined" && "randomUUID" in crypto
      ? crypto.randomUUID().replace(/-/g, "").slice(0, 8)
      : Math.random().toString(36).slice(2, 10).padEnd(8, "0");
  const safePrefix =
    prefix
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "item";
  return `${safePrefix}-${random}`;
}

/** "claims.0.citations.1.source" → "Claims 1 › citations 2 › source", for the error summary. */
export function describePath(path: Path, labels: Record<string, string> = {}): string {
  if (labels[path]) return labels[path];
  const words = pathParts(path).map((part) =>
    /^\d+$/.test(part) ? String(Number(part) + 1) : (labels[part] ?? part.replace(/([A-Z])/g, " $1").toLowerCase()),
  );
  const joined: string[] = [];
  for (const word of words) {
    if (/^\d+$/.test(word) && joined.length > 0) joined[joined.length - 1] += ` ${word}`;
    else joined.push(word);
  }
  const text = joined.join(" › ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
