// Creates the XSS corpus through the app's own data layer: a source, an actor and an event with a
// payload in every text field, published by a reviewer; an open review, a review comment, a withdrawal
// reason, a hidden revision's reason and an author's name carrying payloads too. Prints what it made as
// one JSON line. Run by e2e/attack-xss.spec.ts through scripts/with-db.mjs (same database as the server).
import { randomUUID } from "node:crypto";
import { db } from "../lib/db";
import type { ContentByKind } from "../lib/entries/content-schema";
import { approveRevision } from "../lib/review/approve-revision";
import { requestChanges } from "../lib/review/request-changes";
import { submitForReview } from "../lib/review/submit-for-review";
import { withdrawEntry } from "../lib/review/withdraw-entry";
import { hideRevision } from "../lib/revisions/hide-revision";
import { saveRevision } from "../lib/revisions/save-revision";
import { createUser } from "../lib/users/create-user";
import { SYSTEM_ACTOR, type Actor } from "../lib/users/permissions";
import { MARKDOWN_LINKS, PAYLOADS, payloadFor } from "./attack-xss-payloads";

const SEED_SOURCE = "ojo-publico-2021-05-24";
const SEED_ACTOR = "militarized-communist-party-of-peru";
const SEED_EVENT = "san-miguel-del-ene-attack";
const stamp = randomUUID().slice(0, 8);
let counter = 0;
const p = (max: number) => payloadFor(counter++, max);
const cite = () => ({ source: SEED_SOURCE, locator: p(80), quote: p(300) });
const body = (extra = "") =>
  [
    `Cited [@${SEED_SOURCE}, p. 3] and [@${SEED_SOURCE}, ${p(60).replaceAll(/[;\]\n[]/g, "")}].`,
    ...PAYLOADS,
    ...MARKDOWN_LINKS,
    `[safe](https://example.org/"onmouseover="window.__xss('href'))`,
    extra,
  ].join("\n\n");

async function actorByEmail(email: string): Promise<Actor> {
  return db().user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, role: true } });
}

async function saved(result: Awaited<ReturnType<typeof saveRevision>>): Promise<{ entryId: string; revisionId: string }> {
  if (!result.ok) throw new Error(`save refused: ${JSON.stringify(result.fieldErrors ?? result.conflict)}`);
  return { entryId: result.entryId, revisionId: result.revisionId };
}

async function publishNew<K extends "source" | "actor" | "event">(kind: K, content: ContentByKind[K], author: Actor, reviewer: Actor) {
  const created = await saved(await saveRevision({ actor: author, kind, content, summary: p(300) }));
  const { reviewId, revisionId } = await submitForReview({ actor: author, entryId: created.entryId });
  await approveRevision({ actor: reviewer, reviewId, revisionId });
  return created;
}

async function main() {
  const reviewer = await actorByEmail("reviewer@example.com");
  const admin = await actorByEmail("admin@example.com");
  // The author's own name is a payload: it shows in histories, reviews and the audit log.
  const { id: authorId } = await createUser({
    actor: SYSTEM_ACTOR,
    input: { email: `xss-${stamp}@test.example`, name: `<img src=x onerror=window.__xss("name")>`, role: "EDITOR", password: "xss corpus password" },
  });
  const author = await db().user.findUniqueOrThrow({ where: { id: authorId }, select: { id: true, email: true, name: true, role: true } });

  const sourceSlug = `xss-source-${stamp}`;
  const source = await publishNew(
    "source",
    {
      slug: sourceSlug,
      title: `Source ${p(190)}`,
      sourceType: "news-article",
      authors: [p(120), p(120)],
      published: { precision: "unknown", note: p(300) },
      language: "en",
      url: `https://example.org/a?q="><script>window.__xss('url')</script>`,
      archiveUrl: `https://example.org/'onmouseover='window.__xss(1)'`,
      summary: p(600),
      excerpts: [{ text: p(400), locator: p(80) }],
      reliabilityNote: p(1000),
      claims: [
        {
          id: "c1",
          property: "authorship",
          value: { type: "text", text: p(500) },
          qualifiers: { category: p(80) },
          nature: "asserted",
          citations: [cite()],
          rank: "normal",
          note: p(600),
        },
      ],
    },
    author,
    reviewer,
  );

  const actorSlug = `xss-actor-${stamp}`;
  const actorContent = (extra = ""): ContentByKind["actor"] => ({
    slug: actorSlug,
    title: `Actor ${p(190)}`,
    aliases: [{ name: p(200) }, { name: p(200), lang: "es" }],
    nature: "organisation",
    actorType: "other",
    description: p(600),
    body: body(extra),
    founded: { precision: "unknown", note: p(300) },
    affiliations: [{ id: "a1", actor: SEED_ACTOR, relation: "member-of", note: p(400), citations: [cite()] }],
    claims: [
      {
        id: "c1",
        property: "members",
        value: { type: "number", value: 30 },
        nature: "estimated",
        citations: [cite()],
        rank: "preferred",
        note: p(600),
        qualifiers: { category: p(80) },
      },
      {
        id: "c2",
        property: "members",
        value: { type: "number", value: 40 },
        nature: "claimed-responsibility",
        citations: [cite()],
        rank: "deprecated",
        deprecationReason: p(300),
        note: p(600),
      },
      { id: "c3", property: "ideology", value: { type: "text", text: p(500) }, nature: "alleged", citations: [cite()], rank: "normal" },
    ],
  });
  const actor = await publishNew("actor", actorContent(), author, reviewer);
  // Two more drafts; the middle one's content is hidden with a payload as the reason.
  const second = await saved(
    await saveRevision({
      actor: author,
      kind: "actor",
      entryId: actor.entryId,
      baseRevisionId: actor.revisionId,
      content: actorContent(p(500)),
      summary: p(300),
    }),
  );
  await saved(
    await saveRevision({
      actor: author,
      kind: "actor",
      entryId: actor.entryId,
      baseRevisionId: second.revisionId,
      content: actorContent(p(500)),
      summary: p(300),
    }),
  );
  await hideRevision({ actor: admin, revisionId: second.revisionId, reason: p(1000) });

  const eventSlug = `xss-event-${stamp}`;
  const eventContent = (extra = ""): ContentByKind["event"] => ({
    slug: eventSlug,
    title: `Event ${p(190)}`,
    aliases: [{ name: p(200) }],
    eventType: { category: "Violence against civilians", subtype: "Attack" },
    date: { start: { year: 2021, month: 5, day: 23, precision: "day", note: p(300) } },
    place: { name: p(200), district: p(120), province: p(120), region: p(120), country: p(120), latitude: -12.2, longitude: -74.2, precision: "district" },
    summary: p(600),
    body: body(extra),
    grade: "contested",
    investigation: { status: "open", note: p(1000) },
    participants: [{ id: "p1", actor: actorSlug, role: "victim", note: p(400), citations: [cite()] }],
    timeline: [{ id: "t1", date: { precision: "unknown", note: p(300) }, text: p(600), citations: [cite()] }],
    related: [{ event: SEED_EVENT, relation: "see-also", note: p(300) }],
    claims: [
      {
        id: "deaths-a",
        property: "fatalities",
        value: { type: "number", value: 16 },
        assertedBy: actorSlug,
        nature: "asserted",
        citations: [cite()],
        rank: "preferred",
        note: p(600),
        qualifiers: { category: p(80) },
      },
      {
        id: "deaths-b",
        property: "fatalities",
        value: { type: "range", low: 14, high: 18 },
        nature: "estimated",
        citations: [cite()],
        rank: "normal",
        note: p(600),
      },
      { id: "motive", property: "motive", value: { type: "text", text: p(500) }, nature: "alleged", citations: [cite()], rank: "normal" },
    ],
  });
  const event = await publishNew("event", eventContent(), author, reviewer);
  // An open review whose diff is all payloads.
  await saved(
    await saveRevision({
      actor: author,
      kind: "event",
      entryId: event.entryId,
      baseRevisionId: event.revisionId,
      content: eventContent(p(500)),
      summary: p(300),
    }),
  );
  const { reviewId: openReviewId } = await submitForReview({ actor: author, entryId: event.entryId });

  // A review comment (changes requested) that is a payload, pointing at the body.
  const commented = await saved(
    await saveRevision({ actor: author, kind: "actor", content: { ...actorContent(), slug: `xss-commented-${stamp}` }, summary: p(300) }),
  );
  const { reviewId: commentedReviewId } = await submitForReview({ actor: author, entryId: commented.entryId });
  await requestChanges({ actor: reviewer, reviewId: commentedReviewId, input: { comment: p(4000), field: "body" } });

  // A withdrawn entry whose public reason is a payload.
  const withdrawnSlug = `xss-withdrawn-${stamp}`;
  const withdrawn = await publishNew("actor", { ...actorContent(), slug: withdrawnSlug }, author, reviewer);
  await withdrawEntry({ actor: reviewer, entryId: withdrawn.entryId, reason: p(1000), isConfirmed: true });

  process.stdout.write(
    `${JSON.stringify({
      payloads: counter,
      source: { slug: sourceSlug, id: source.entryId },
      actor: { slug: actorSlug, id: actor.entryId },
      event: { slug: eventSlug, id: event.entryId },
      commented: { id: commented.entryId, reviewId: commentedReviewId },
      withdrawn: { slug: withdrawnSlug },
      openReviewId,
    })}\n`,
  );
  await db().$disconnect();
}

await main();
