// Issue 21, breaks 5 and 6: a source withdrawn after published entries cite it. Readers of the citing
// entry see its last published name marked withdrawn (never the bare slug, never a URL to the 410) on
// every surface; editors can still save, restore and publish the citing entry, while a new citation of
// the withdrawn source is refused next to its field in words.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ContentByKind } from "@/lib/entries/content-schema";
import { approveRevision } from "@/lib/review/approve-revision";
import { submitForReview } from "@/lib/review/submit-for-review";
import { withdrawEntry } from "@/lib/review/withdraw-entry";
import { restoreRevision } from "@/lib/revisions/restore-revision";
import { saveRevision } from "@/lib/revisions/save-revision";
import type { Actor } from "@/lib/users/permissions";
import { startAppServer, type AppServer } from "./app-server";
import { actorContent, createEntry, makeActor, publish, sourceContent, uniqueSlug } from "./fixtures";

let app: AppServer;
let editor: Actor;
let reviewer: Actor;

const REASON = "The recording was edited before broadcast";

function eventContent(slug: string, { cited, actor, other }: { cited: string; actor: string; other: string }): ContentByKind["event"] {
  return {
    slug,
    title: `Event ${slug}`,
    aliases: [],
    eventType: { category: "Violence against civilians", subtype: "Attack" },
    date: { start: { year: 2021, month: 5, day: 23, precision: "day" } },
    place: { name: "Vizcatán del Ene", country: "Peru", precision: "district" },
    summary: "A test event. It cites a source that is withdrawn later.",
    body: `The radio reported it first [@${cited}, min. 2:35]. Others followed [@${other}].`,
    grade: "contested",
    investigation: { status: "open" },
    participants: [{ id: "p1", actor, role: "commentator", citations: [{ source: cited, locator: "min. 1:10" }] }],
    timeline: [
      {
        id: "t1",
        date: { year: 2021, month: 5, day: 24, precision: "day" },
        text: "The radio broadcasts an interview.",
        citations: [{ source: cited, locator: "min. 2:35" }],
      },
    ],
    related: [],
    claims: [
      { id: "toll-a", property: "fatalities", value: { type: "number", value: 18 }, nature: "asserted", rank: "normal", citations: [{ source: cited }] },
      { id: "toll-b", property: "fatalities", value: { type: "number", value: 16 }, nature: "asserted", rank: "normal", citations: [{ source: other }] },
    ],
  };
}

type Setup = { sourceSlug: string; sourceTitle: string; otherSlug: string; eventSlug: string; eventId: string; sourceId: string; actorSlug: string };

/** A published source cited all over a published event, then withdrawn. */
async function citeThenWithdraw(): Promise<Setup> {
  const sourceSlug = uniqueSlug("exitosa-peru-2021-05-25");
  const sourceTitle = `Exitosa, 25 May 2021 ${sourceSlug.slice(-8)}`;
  const otherSlug = uniqueSlug("other-source");
  const actorSlug = uniqueSlug("radio-host");
  const source = await createEntry("source", sourceContent(sourceSlug, { title: sourceTitle, url: "https://exitosa.example/interview" }), editor);
  const other = await createEntry("source", sourceContent(otherSlug), editor);
  const actor = await createEntry("actor", actorContent(actorSlug), editor);
  for (const id of [source.entryId, other.entryId, actor.entryId]) await publish(id, reviewer);
  const eventSlug = uniqueSlug("withdrawn-citation-event");
  const event = await createEntry("event", eventContent(eventSlug, { cited: sourceSlug, actor: actorSlug, other: otherSlug }), editor);
  expect(await publish(event.entryId, reviewer)).toMatchObject({ entryId: event.entryId });
  await withdrawEntry({ actor: reviewer, entryId: source.entryId, reason: REASON, isConfirmed: true });
  return { sourceSlug, sourceTitle, otherSlug, eventSlug, eventId: event.entryId, sourceId: source.entryId, actorSlug };
}

let setup: Setup;

beforeAll(async () => {
  [app, editor, reviewer] = await Promise.all([startAppServer(3231), makeActor("EDITOR"), makeActor("REVIEWER")]);
  setup = await citeThenWithdraw();
}, 60_000);
afterAll(() => app.stop());

const get = (path: string) => fetch(`${app.url}${path}`, { redirect: "manual" });
const text = async (path: string) => {
  const response = await get(path);
  expect(response.status, path).toBe(200);
  return response.text();
};
const spaced = (slug: string) => slug.replaceAll("-", " ");

describe("readers of an entry citing a withdrawn source (break 5)", () => {
  it("the page shows its last published name marked withdrawn in the notes, timeline and claims, with the reason one click away", async () => {
    const html = await text(`/events/${setup.eventSlug}`);
    const visible = html.replace(/<script[^]*?<\/script>/g, "");
    expect(visible).not.toContain(spaced(setup.sourceSlug));
    expect(visible).not.toContain(`>${setup.sourceSlug}<`);
    for (const section of ["notes-heading", "timeline-heading", "Where sources disagree"]) expect(visible).toContain(section);
    const marked = visible.match(new RegExp(`${setup.sourceTitle}</span> <a class="withdrawn-ref__mark" href="/sources/${setup.sourceSlug}"`, "g")) ?? [];
    // footnote, participant, timeline moment and the claim in "Where sources disagree"
    expect(marked.length).toBeGreaterThanOrEqual(4);
    expect(visible).toContain("(withdrawn)");
    // The mark leads to the notice, which gives the public reason.
    const notice = await get(`/sources/${setup.sourceSlug}`);
    expect(notice.status).toBe(410);
    expect(await notice.text()).toContain(REASON);
  });

  it("the JSON-LD names it marked withdrawn, with no URL or @id pointing at the 410", async () => {
    const html = await text(`/events/${setup.eventSlug}`);
    const json = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([^]*?)<\/script>/g)].map((m) => m[1]!).join("\n");
    expect(json).toContain(`"name":"${setup.sourceTitle} (withdrawn)"`);
    expect(json).toContain('"creativeWorkStatus":"Withdrawn"');
    expect(json).not.toContain(`/sources/${setup.sourceSlug}`);
  });

  it("the API's references and the claims API say withdrawn: true with the last published name and no URL", async () => {
    const entry = (await (await get(`/api/v1/events/${setup.eventSlug}`)).json()) as { references: Record<string, unknown>[] };
    expect(entry.references).toContainEqual({
      kind: "sources",
      slug: setup.sourceSlug,
      title: setup.sourceTitle,
      url: null,
      withdrawn: true,
      withdrawnAt: expect.any(String),
      withdrawnReason: REASON,
    });
    expect(entry.references).toContainEqual(expect.objectContaining({ slug: setup.otherSlug, withdrawn: false, url: `/sources/${setup.otherSlug}` }));
    let cursor: string | null = null;
    const sources: unknown[] = [];
    do {
      const page = (await (await get(`/api/v1/claims?limit=500${cursor ? `&cursor=${cursor}` : ""}`)).json()) as {
        data: { entry: { slug: string }; citations: { source: unknown }[] }[];
        nextCursor: string | null;
      };
      for (const claim of page.data) if (claim.entry.slug === setup.eventSlug) sources.push(...claim.citations.map((c) => c.source));
      cursor = page.nextCursor;
    } while (cursor);
    expect(sources).toContainEqual(expect.objectContaining({ slug: setup.sourceSlug, title: setup.sourceTitle, url: null, withdrawn: true }));
  });

  it("claims.csv and record.json name it by its last published name, marked withdrawn", async () => {
    const csv = await text("/data/claims.csv");
    const row = csv.split("\r\n").find((line) => line.includes(setup.eventSlug) && line.includes(setup.sourceSlug));
    expect(row).toContain(`${setup.sourceTitle} (withdrawn)`);
    const record = (await (await get("/data/record.json")).json()) as { entries: { slug: string; references: unknown[] }[] };
    const event = record.entries.find((e) => e.slug === setup.eventSlug)!;
    expect(event.references).toContainEqual(expect.objectContaining({ slug: setup.sourceSlug, title: setup.sourceTitle, withdrawn: true, url: null }));
  });

  it("the dossier keeps it as a reference by name, marked withdrawn with the reason, and no link to it", async () => {
    const html = await text("/dossier");
    expect(html).toContain(`${setup.sourceTitle} (withdrawn)`);
    expect(html).toContain(REASON);
    expect(html).not.toContain(`href="/sources/${setup.sourceSlug}"`);
    expect(html).not.toContain(`>${setup.sourceSlug}<`);
  });
});

describe("editors of an entry citing a withdrawn source (break 6)", () => {
  const latestOf = async (entryId: string) =>
    (await db().entry.findUniqueOrThrow({ where: { id: entryId }, select: { latestRevisionId: true } })).latestRevisionId!;

  it("can save, submit, approve and publish the citing entry, which keeps the citation", async () => {
    const { eventId, eventSlug, sourceSlug, actorSlug, otherSlug } = setup;
    const content = eventContent(eventSlug, { cited: sourceSlug, actor: actorSlug, other: otherSlug });
    const saved = await saveRevision({
      actor: editor,
      kind: "event",
      entryId: eventId,
      baseRevisionId: await latestOf(eventId),
      content: { ...content, summary: "A test event. Edited after the withdrawal of a source." },
      summary: "Edit after a withdrawal",
    });
    expect(saved).toMatchObject({ ok: true });
    const { reviewId, revisionId } = await submitForReview({ actor: editor, entryId: eventId });
    expect(await approveRevision({ actor: reviewer, reviewId, revisionId })).toMatchObject({ entryId: eventId, revisionId });
    expect(await text(`/events/${eventSlug}`)).toContain("Edited after the withdrawal");
  });

  it("can restore an earlier revision that cites it, and publish it", async () => {
    const { eventId, eventSlug, sourceSlug, actorSlug, otherSlug } = setup;
    // A later revision that no longer cites it, so that the restore brings the citation back.
    const without = eventContent(eventSlug, { cited: otherSlug, actor: actorSlug, other: otherSlug });
    const later = await saveRevision({
      actor: editor,
      kind: "event",
      entryId: eventId,
      baseRevisionId: await latestOf(eventId),
      content: without,
      summary: "Drop it",
    });
    expect(later).toMatchObject({ ok: true });
    expect(sourceSlug).not.toBe(otherSlug);
    const first = await db().revision.findFirstOrThrow({ where: { entryId: eventId, number: 1 }, select: { id: true } });
    const restored = await restoreRevision({ actor: editor, revisionId: first.id, latestRevisionId: await latestOf(eventId) });
    expect(restored).toMatchObject({ ok: true });
    // ...and the restored draft goes through review and is published, citation kept.
    const { reviewId, revisionId } = await submitForReview({ actor: editor, entryId: eventId });
    expect(await approveRevision({ actor: reviewer, reviewId, revisionId })).toMatchObject({ entryId: eventId, revisionId });
  });

  it("refuses a new citation of the withdrawn source next to its field, in words without a JSON path", async () => {
    const otherEvent = uniqueSlug("new-citation-event");
    const created = await createEntry("event", eventContent(otherEvent, { cited: setup.otherSlug, actor: setup.actorSlug, other: setup.otherSlug }), editor);
    const content = eventContent(otherEvent, { cited: setup.otherSlug, actor: setup.actorSlug, other: setup.otherSlug });
    content.timeline[0]!.citations.push({ source: setup.sourceSlug });
    content.body += ` A new note [@${setup.sourceSlug}].`;
    const refused = await saveRevision({ actor: editor, kind: "event", entryId: created.entryId, baseRevisionId: created.revisionId, content, summary: "New" });
    expect(refused.ok).toBe(false);
    const errors = refused.fieldErrors!;
    expect(Object.keys(errors).sort()).toEqual(["body", "timeline.0.citations.1.source"]);
    const messages = Object.values(errors).flat();
    for (const message of messages) {
      expect(message).toContain(setup.sourceTitle);
      expect(message).toMatch(/withdrawn from the record on \d+ \w+ \d{4}/);
      expect(message).not.toMatch(/\w+\.\d+\.\w+/);
    }
  });

  it("refuses to publish a draft that newly cites a source withdrawn after it was saved, in words", async () => {
    const slug = uniqueSlug("late-withdrawal-event");
    const lateSource = uniqueSlug("late-source");
    const source = await createEntry("source", sourceContent(lateSource, { title: `Late source ${lateSource}` }), editor);
    await publish(source.entryId, reviewer);
    const created = await createEntry("event", eventContent(slug, { cited: lateSource, actor: setup.actorSlug, other: setup.otherSlug }), editor);
    await withdrawEntry({ actor: reviewer, entryId: source.entryId, reason: "Gone", isConfirmed: true });
    const { reviewId, revisionId } = await submitForReview({ actor: editor, entryId: created.entryId });
    const refused = await approveRevision({ actor: reviewer, reviewId, revisionId }).catch((error: unknown) => error);
    const message = JSON.stringify(refused);
    expect(message).toContain(`Late source ${lateSource}`);
    expect(message).not.toMatch(/participants\.\d|timeline\.\d|claims\.\d/);
  });
});
