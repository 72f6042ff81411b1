// One content schema per kind; forms, server and seed all parse with these.
import type { z } from "zod";
import { actorContentSchema, type ActorContent } from "./actor-schema";
import type { EntryKindName } from "./common-schema";
import { eventContentSchema, type EventContent } from "./event-schema";
import { sourceContentSchema, type SourceContent } from "./source-schema";

export type ContentByKind = { event: EventContent; actor: ActorContent; source: SourceContent };

export const contentSchemaByKind: { readonly [K in EntryKindName]: z.ZodType<ContentByKind[K]> } = {
  event: eventContentSchema,
  actor: actorContentSchema,
  source: sourceContentSchema,
};

/** Content together with its kind: code that narrows on `kind` gets that kind's content type. */
export type EntryContent = { [K in EntryKindName]: { kind: K; content: ContentByKind[K] } }[EntryKindName];
/** The content of any kind, for what all kinds share (slug, title, claims). */
export type AnyContent = ContentByKind[EntryKindName];

/**
 * Pairs a kind with content already typed for it. TypeScript cannot correlate a generic K with the
 * union's members (microsoft/TypeScript#30581), so this is the one place that says they belong together.
 */
export function withKind<K extends EntryKindName>(kind: K, content: ContentByKind[K]): EntryContent {
  return { kind, content } as EntryContent;
}

export type ParsedContent<K extends EntryKindName> =
  | { success: true; data: ContentByKind[K]; entry: EntryContent; error?: undefined }
  | { success: false; data?: undefined; entry?: undefined; error: z.ZodError };

/** Parses stored or submitted content with its kind's schema: `data` is the content, `entry` the same with its kind. */
export function parseContent<K extends EntryKindName>(kind: K, input: unknown): ParsedContent<K> {
  const parsed = contentSchemaByKind[kind].safeParse(input);
  return parsed.success ? { success: true, data: parsed.data, entry: withKind(kind, parsed.data) } : { success: false, error: parsed.error };
}

// --- What readers may see ------------------------------------------------------------------------------------

/**
 * A source as readers see it: without the archived full text, which is for editors only, nor its list of
 * captures, of which readers see only the public ones (lib/captures/get-public-capture.ts).
 */
export const publicSourceContentSchema = sourceContentSchema.omit({ archive: true, captures: true });
export type PublicSourceContent = z.infer<typeof publicSourceContentSchema>;

export type PublicContentByKind = { event: EventContent; actor: ActorContent; source: PublicSourceContent };

// Parsing with these drops editor-only fields (zod objects strip keys they do not declare).
export const publicContentSchemaByKind: { readonly [K in EntryKindName]: z.ZodType<PublicContentByKind[K]> } = {
  event: eventContentSchema,
  actor: actorContentSchema,
  source: publicSourceContentSchema,
};

/** Stored content as a reader may see it: parsed with the kind's public schema, editor-only fields dropped. */
export function parsePublicContent<K extends EntryKindName>(kind: K, input: unknown): { success: true; data: PublicContentByKind[K] } | { success: false } {
  const parsed = publicContentSchemaByKind[kind].safeParse(input);
  return parsed.success ? { success: true, data: parsed.data } : { success: false };
}
