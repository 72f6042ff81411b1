// Creates, through the app's own data layer, a published source cited all over a published event (body,
// timeline, a participant, a claim) and a second published source to replace it with. Prints what it made
// as one JSON line. Run by e2e/withdrawn-citation.spec.ts through scripts/with-db.mjs (the server's database).
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

async function publishNew<K extends "source" | "actor" | "event">(kind: K, content: ContentByKind[K], author: Actor, reviewer: Actor): Promise<string> {
  const saved = await saveRevision({ actor: author, kind, content, summary: "Created for the withdrawn-citation test" });
  if (!saved.ok) throw new Error(`save refused: ${JSON.stringify(saved.fieldErrors ?? saved.conflict)}`);
  const { reviewId, revisionId } = await submitForReview({ actor: author, entryId: saved.entryId });
  await approveRevision({ actor: reviewer, reviewId, revisionId });
  return saved.entryId;
}

const source = (slug: string, title: string): ContentByKind["source"] => ({
  slug,
  title,
  sourceType: "video",
  authors: [],
  language: "es",
  summary: "A radio interview, broadcast and posted online.",
  url: `https://radio.example/${slug}`,
  excerpts: [],
  claims: [],
});

async function main() {
  const [author, reviewer] = await Promise.all([actorByEmail("editor@example.com"), actorByEmail("reviewer@example.com")]);
  const cited = { slug: `exitosa-peru-2021-05-25-${stamp}`, title: `Exitosa, 25 May 2021 (${stamp})` };
  const replacement = { slug: `la-republica-2021-05-26-${stamp}`, title: `La República, 26 May 2021 (${stamp})` };
  const host = `radio-host-${stamp}`;
  const citedId = await publishNew("source", source(cited.slug, cited.title), author, reviewer);
  await publishNew("source", source(replacement.slug, replacement.title), author, reviewer);
  await publishNew(
    "actor",
    {
      slug: host,
      title: `Radio host ${stamp}`,
      aliases: [],
      nature: "person",
      actorType: "media-outlet",
      description: "A journalist.",
      body: "",
      affiliations: [],
      claims: [],
    },
    author,
    reviewer,
  );
  const event = { slug: `radio-interview-${stamp}`, title: `The radio interview (${stamp})` };
  const eventId = await publishNew(
    "event",
    {
      slug: event.slug,
      title: event.title,
      aliases: [],
      eventType: { category: "Violence against civilians", subtype: "Attack" },
      date: { start: { year: 2021, month: 5, day: 23, precision: "day" } },
      place: { name: "Vizcatán del Ene", country: "Peru", precision: "district" },
      summary: "A test event for a withdrawn source. Its citations stay as history.",
      body: `A radio station broadcast the first interview [@${cited.slug}, min. 2:35].`,
      grade: "fair",
      investigation: { status: "open" },
      participants: [{ id: "host", actor: host, role: "commentator", citations: [{ source: cited.slug, locator: "min. 1:10" }] }],
      timeline: [
        {
          id: "broadcast",
          date: { year: 2021, month: 5, day: 25, precision: "day" },
          text: "The interview is broadcast.",
          citations: [{ source: cited.slug, locator: "min. 2:35" }],
        },
      ],
      related: [],
      claims: [
        { id: "toll", property: "fatalities", value: { type: "number", value: 16 }, nature: "asserted", rank: "normal", citations: [{ source: cited.slug }] },
      ],
    },
    author,
    reviewer,
  );
  process.stdout.write(`${JSON.stringify({ cited: { ...cited, id: citedId }, replacement, event: { ...event, id: eventId } })}\n`);
  await db().$disconnect();
}

await main();
