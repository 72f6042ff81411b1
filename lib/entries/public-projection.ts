// What readers may see of an entry, per kind: the one place a field is declared editor-only. Every
// public surface (pages, the JSON API, record.json and claims.csv, JSON-LD, share cards, search, the
// preview and the dossier) reads stored content through toPublicContent / toPublicEntry, which parse it
// with the kind's public schema: zod objects drop the keys they do not declare, so an editor-only field
// never leaves here (test/integration/editor-only-fields.test.ts looks for one on every surface).
import type { z } from "zod";
import { actorContentSchema } from "./actor-schema";
import type { EntryKindName } from "./common-schema";
import type { ContentByKind } from "./content-schema";
import { eventContentSchema } from "./event-schema";
import { sourceContentSchema } from "./source-schema";

/**
 * Editor-only fields of each kind. A source's archived full text and its SHA-256 are editors' evidence;
 * its list of captures names private ones too (readers get public captures from
 * /api/v1/captures/{sha256}, lib/captures/get-public-capture.ts).
 */
export const EDITOR_ONLY_FIELDS = {
  event: {},
  actor: {},
  source: { archive: true, captures: true },
} as const satisfies { readonly [K in EntryKindName]: { readonly [F in keyof ContentByKind[K]]?: true } };

/** The names of a kind's editor-only fields. */
export function editorOnlyFields(kind: EntryKindName): string[] {
  return Object.keys(EDITOR_ONLY_FIELDS[kind]);
}

type EditorOnly<K extends EntryKindName> = keyof (typeof EDITOR_ONLY_FIELDS)[K];
// Spelled out per kind (not mapped over K) so that generic code can read what all kinds share (`claims`).
export type PublicContentByKind = {
  event: Omit<ContentByKind["event"], EditorOnly<"event">>;
  actor: Omit<ContentByKind["actor"], EditorOnly<"actor">>;
  source: Omit<ContentByKind["source"], EditorOnly<"source">>;
};
export type PublicSourceContent = PublicContentByKind["source"];

/** Content together with its kind, as readers may see it: code that narrows on `kind` gets that kind's public content. */
export type PublicEntryContent = { [K in EntryKindName]: { kind: K; content: PublicContentByKind[K] } }[EntryKindName];

/** The source's public schema, also the API's documented `SourceContent` (lib/api/openapi/entries.ts). */
export const publicSourceContentSchema = sourceContentSchema.omit(EDITOR_ONLY_FIELDS.source);

// zod 4 refuses `omit` on an object schema with refinements, such as the event's: a kind that gains an
// editor-only field takes its refinement apart first. public-projection.test.ts checks that each public
// schema declares exactly the kind's fields minus its editor-only ones.
export const publicContentSchemaByKind: { readonly [K in EntryKindName]: z.ZodType<PublicContentByKind[K]> } = {
  event: eventContentSchema,
  actor: actorContentSchema,
  source: publicSourceContentSchema,
};

/** Stored (or already parsed) content as readers may see it; null when it does not parse. */
export function toPublicContent<K extends EntryKindName>(kind: K, stored: unknown): PublicContentByKind[K] | null {
  const parsed = publicContentSchemaByKind[kind].safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** The same, paired with its kind, for code that narrows on it; null when the content does not parse. */
export function toPublicEntry(kind: EntryKindName, stored: unknown): PublicEntryContent | null {
  switch (kind) {
    case "event": {
      const content = toPublicContent(kind, stored);
      return content && { kind, content };
    }
    case "actor": {
      const content = toPublicContent(kind, stored);
      return content && { kind, content };
    }
    case "source": {
      const content = toPublicContent(kind, stored);
      return content && { kind, content };
    }
  }
}
