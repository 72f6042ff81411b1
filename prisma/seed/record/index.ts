// The seeded record of the San Miguel del Ene attack: every entry with its history, oldest revision first.
import type { SeedEntry } from "../types";
import { actorEntries } from "./actors";
import { mainEventEntry } from "./main-event";
import { relatedEventEntries } from "./related-events";
import { sourceEntries } from "./sources";

export const seedRecord: SeedEntry[] = [mainEventEntry, ...relatedEventEntries, ...actorEntries, ...sourceEntries];
