import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withdrawEntry } from "@/lib/review/withdraw-entry";
import { hideRevision } from "@/lib/revisions/hide-revision";
import { saveRevision } from "@/lib/revisions/save-revision";
import type { Actor } from "@/lib/users/permissions";
import { startAppServer, type AppServer } from "./app-server";
import { actorContent, createEntry, makeActor, publish, uniqueSlug } from "./fixtures";

const EVENT = "/events/san-miguel-del-ene-attack";
// The seeded first publication's summary (prisma/seed/record/main-event.ts, r1), changed in revision 2.
const FIRST_SUMMARY = "The Armed Forces blamed the Shining Path and gave a toll of 14.";

let app: AppServer;
let editor: Actor;
let reviewer: Actor;
let admin: Actor;

beforeAll(async () => {
  [app, editor, reviewer, admin] = await Promise.all([startAppServer(3362), makeActor("EDITOR"), makeActor("REVIEWER"), makeActor("ADMIN")]);
});
afterAll(() => app.stop());

const get = (path: string) => fetch(`${app.url}${path}`, { redirect: "manual" });

/** An actor published twice (revisions 1 and 2) with an unreviewed draft (revision 3). */
async function actorWithHistory() {
  const slug = uniqueSlug("history-actor");
  const first = await createEntry("actor", actorContent(slug, { description: "Firstpublishedtext." }), editor);
  await publish(first.entryId, reviewer);
  const second = await saveRevision({
    actor: editor,
    kind: "actor",
    entryId: first.entryId,
    baseRevisionId: first.revisionId,
    content: actorContent(slug, { description: "Secondpublishedtext." }),
    summary: "Second",
  });
  if (!second.ok) throw new Error("save failed");
  await publish(first.entryId, reviewer);
  const draft = await saveRevision({
    actor: editor,
    kind: "actor",
    entryId: first.entryId,
    baseRevisionId: second.revisionId,
    content: actorContent(slug, { description: "Unreviewedrafttext." }),
    summary: "Draft",
  });
  if (!draft.ok) throw new Error("save failed");
  return { slug, entryId: first.entryId, firstRevisionId: first.revisionId };
}

describe("readers can see what changed", () => {
  it("shows the event's first published text at /history/1, marked old, linking to the current version", async () => {
    const response = await get(`${EVENT}/history/1`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(FIRST_SUMMARY);
    expect(html).toContain("Old revision.");
    expect(html).toContain(`href="${EVENT}"`);
    expect(html).toMatch(/<meta name="robots" content="noindex, follow"\/>/);
    expect(await (await get(EVENT)).text()).not.toContain(FIRST_SUMMARY);
  });

  it("compares two published revisions for readers, and the corrections log links to both pages", async () => {
    const compare = await get(`${EVENT}/history/compare?from=1&to=2`);
    expect(compare.status).toBe(200);
    const html = await compare.text();
    expect(html).toContain("Revision <!-- -->1<!-- --> → <!-- -->2");
    expect(html).toContain("toll of 14");
    const log = await (await get(`${EVENT}/history`)).text();
    expect(log).toContain(`href="${EVENT}/history/1"`);
    expect(log).toContain(`href="${EVENT}/history/compare?from=1&amp;to=2"`);
  });

  it("answers 404 for a draft's number, nonsense numbers, and hidden revisions; never shows the draft", async () => {
    const { slug } = await actorWithHistory();
    const base = `/actors/${slug}/history`;
    expect((await get(`${base}/1`)).status).toBe(200);
    expect(await (await get(`${base}/1`)).text()).toContain("Firstpublishedtext.");
    expect((await get(`${base}/2`)).status).toBe(200);
    for (const path of [
      `${base}/3`,
      `${base}/4`,
      `${base}/0`,
      `${base}/01`,
      `${base}/abc`,
      `${base}/compare?from=2&to=3`,
      `${base}/compare?from=1`,
      `${base}/compare?from=x&to=2`,
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain("Unreviewedrafttext");
    }
    expect((await get(`${base}/compare?from=1&to=2`)).status).toBe(200);
  });

  it("takes a hidden revision and a withdrawn entry's revisions down", async () => {
    const { slug, entryId, firstRevisionId } = await actorWithHistory();
    const base = `/actors/${slug}/history`;
    await hideRevision({ actor: admin, revisionId: firstRevisionId, reason: "Personal data published by mistake" });
    expect((await get(`${base}/1`)).status).toBe(404);
    expect((await get(`${base}/compare?from=1&to=2`)).status).toBe(404);
    const log = await (await get(base)).text();
    expect(log).not.toContain(`href="${base}/1"`);
    expect(log).toContain(`href="${base}/2"`);

    await withdrawEntry({ actor: reviewer, entryId, reason: "Legal takedown", isConfirmed: true });
    expect((await get(`${base}/2`)).status).toBe(404);
    expect(await (await get(base)).text()).not.toContain(`href="${base}/2"`);
  });

  it("redirects an old slug's revision page to the new slug", async () => {
    const oldSlug = uniqueSlug("renamed-actor");
    const newSlug = uniqueSlug("renamed-actor-new");
    const { entryId, revisionId } = await createEntry("actor", actorContent(oldSlug), editor);
    await publish(entryId, reviewer);
    await saveRevision({ actor: editor, kind: "actor", entryId, baseRevisionId: revisionId, content: actorContent(newSlug), summary: "Rename" });
    await publish(entryId, reviewer);
    const response = await get(`/actors/${oldSlug}/history/1`);
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toContain(`/actors/${newSlug}/history/1`);
  });
});
