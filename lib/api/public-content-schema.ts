// What of an entry's content the public may read: the kind's schema without its editor-only fields.
// The API's documented content schemas and the DTO both come from here, so a field is public in both or in neither.
import type { z } from "zod";
import { actorContentSchema } from "../entries/actor-schema";
import type { EntryKindName } from "../entries/common-schema";
import { eventContentSchema } from "../entries/event-schema";
import { sourceContentSchema } from "../entries/source-schema";

/**
 * The archived full text and its SHA-256 are editors' evidence, never public; the list of captures
 * names private ones too (readers get public captures from /api/v1/captures/{sha256}).
 */
export const publicSourceContentSchema = sourceContentSchema.omit({ archive: true, captures: true });

export const publicContentSchemaByKind = {
  event: eventContentSchema,
  actor: actorContentSchema,
  source: publicSourceContentSchema,
} as const satisfies Record<EntryKindName, z.ZodType>;

export type PublicContentByKind = { [K in EntryKindName]: z.output<(typeof publicContentSchemaByKind)[K]> };
