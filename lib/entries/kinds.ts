// Kind names as the domain and URLs use them, and as the database stores them.
import type { EntryKindName } from "./common-schema";

export type DbEntryKind = "EVENT" | "ACTOR" | "SOURCE";

export const KIND_TO_DB: Record<EntryKindName, DbEntryKind> = { event: "EVENT", actor: "ACTOR", source: "SOURCE" };
export const DB_TO_KIND: Record<DbEntryKind, EntryKindName> = { EVENT: "event", ACTOR: "actor", SOURCE: "source" };

/** The plural path word of the URL contract: /events, /actors, /sources. */
export const KIND_PATHS = { event: "events", actor: "actors", source: "sources" } as const satisfies Record<EntryKindName, string>;
export type KindPath = (typeof KIND_PATHS)[EntryKindName];
/** The same words as a tuple, for enums (the API's `kind` filter and answers). */
export const KIND_WORDS = ["events", "actors", "sources"] as const satisfies readonly KindPath[];

export function kindFromPath(path: string): EntryKindName | null {
  const found = (Object.entries(KIND_PATHS) as [EntryKindName, string][]).find(([, p]) => p === path);
  return found ? found[0] : null;
}

export function entryPath(kind: EntryKindName, slug: string): string {
  return `/${KIND_PATHS[kind]}/${slug}`;
}

export const KIND_LABELS: Record<EntryKindName, { one: string; many: string }> = {
  event: { one: "Event", many: "Events" },
  actor: { one: "Actor", many: "Actors" },
  source: { one: "Source", many: "Sources" },
};
