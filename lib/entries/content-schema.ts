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

// What readers may see of each kind is public-projection.ts.
