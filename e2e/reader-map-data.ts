// Creates, through the app's own data layer, a published event whose place has coordinates, for the
// locator-map specs: the seeded event gives place names only, because no seed document gives coordinates.
// Prints what it made as one JSON line. Run by e2e/reader-map.spec.ts through scripts/with-db.mjs.
import { randomUUID } from "node:crypto";
import { db } from "../lib/db";
import type { ContentByKind } from "../lib/entries/content-schema";
import { approveRevision } from "../lib/review/approve-revision";
import { submitForReview } from "../lib/review/submit-for-review";
import { saveRevision } from "../lib/revisions/save-revision";
import type { Actor } from "../lib/users/permissions";

const stamp = randomUUID().slice(0, 8);

async function actorByEmail(email: string): Promise<Actor> {
  return db().user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, role: true } });
}

async function main() {
  const [author, reviewer] = await Promise.all([actorByEmail("editor@example.com"), actorByEmail("reviewer@example.com")]);
  const event = { slug: `locator-map-place-${stamp}`, title: `Locator map test event ${stamp}`, place: `Map place ${stamp}` };
  const content: ContentByKind["event"] = {
    slug: event.slug,
    title: event.title,
    aliases: [],
    eventType: { category: "Violence against civilians", subtype: "Attack" },
    date: { start: { year: 2021, month: 5, day: 23, precision: "day" } },
    place: { name: event.place, district: "Vizcatán del Ene", country: "Peru", latitude: -12.38, longitude: -73.93, precision: "district" },
    summary: "A test event whose place has coordinates. Its page draws a locator map.",
    body: "A test event for the locator map.",
    grade: "fair",
    investigation: { status: "none-known" },
    participants: [],
    timeline: [],
    related: [],
    claims: [],
  };
  const saved = await saveRevision({ actor: author, kind: "event", content, summary: "Created for the locator-map test" });
  if (!saved.ok) throw new Error(`save refused: ${JSON.stringify(saved.fieldErrors ?? saved.conflict)}`);
  const { reviewId, revisionId } = await submitForReview({ actor: author, entryId: saved.entryId });
  await approveRevision({ actor: reviewer, reviewId, revisionId });
  process.stdout.write(`${JSON.stringify(event)}\n`);
  await db().$disconnect();
}

await main();
