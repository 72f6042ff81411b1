// The Spanish variants of the seeded record: the event, then every actor and source it cites or names.
import { actorVariants } from "./actors";
import { eventVariant } from "./event";
import { sourceVariants } from "./sources";
import type { SpanishVariant } from "./types";

export { LOCATORS_ES } from "./locators";
export type { SpanishVariant } from "./types";

export const spanishRecord: SpanishVariant[] = [eventVariant, ...actorVariants, ...sourceVariants];
