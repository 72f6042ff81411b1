// The seeded record of the San Miguel del Ene attack: every entry with its history, oldest revision first.
import type { SeedEntry } from "../types";
import { actorEntries } from "./actors";
import { mainEventEntry } from "./main-event";
import { relatedEventEntries } from "./related-events";
import { sourceEntries } from "./sources";

// In the order a newsroom would have written them (the loader dates revisions in this order): sources,
// then the people and groups they name, then the events, the main one last as its toll was revised.
export const seedRecord: SeedEntry[] = [...sourceEntries, ...actorEntries, ...relatedEventEntries, mainEventEntry];
