// One content schema per kind; forms, server and seed all parse with these.
import { z } from "zod";
import { actorContentSchema, type ActorContent } from "./actor-schema";
import type { EntryKindName } from "./common-schema";
import { eventContentSchema, type EventContent } from "./event-schema";
import { sourceContentSchema, type SourceContent } from "./source-schema";

export const contentSchemaByKind = {
  event: eventContentSchema,
  actor: actorContentSchema,
  source: sourceContentSchema,
} as const;

export type ContentByKind = { event: EventContent; actor: ActorContent; source: SourceContent };
export type EntryContent = ContentByKind[EntryKindName];

export function parseContent<K extends EntryKindName>(kind: K, input: unknown) {
  return (contentSchemaByKind[kind] as unknown as z.ZodType<ContentByKind[K]>).safeParse(input);
}
