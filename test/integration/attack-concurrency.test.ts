// Concurrency and faults, through the production server as editors use it (server actions over HTTP):
// 50 saves racing on one entry keep unique, gapless numbers and lose no one's text; an app server
// killed with SIGKILL in the middle of a burst of saves leaves no partial revision behind.
import { hash } from "@node-rs/argon2";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseContent } from "@/lib/entries/content-schema";
import { startAppServer, type AppServer } from "./app-server";
import { actorContent, createEntry, makeActor, uniqueSlug } from "./fixtures";
import { actionIds, encodeReply, postAction } from "./server-actions";
import { signInOverHttp } from "./sign-in";

const PASSWORD = "attack-concurrency-password";
let app: AppServer;
let ids: Record<string, string> = {};
const editorCookies: string[] = [];

async function signedInEditor(server: AppServer): Promise<string> {
  const email = `race-${randomUUID().slice(0, 8)}@test.example`;
  await db().user.create({ data: { email, name: `Racer ${email.slice(5, 13)}`, role: "EDITOR", passwordHash: await hash(PASSWORD) } });
  return signInOverHttp(server.url, email, PASSWORD);
}

beforeAll(async () => {
  app = await startAppServer(3342);
  ids = actionIds();
  for (let i = 0; i < 5; i++) editorCookies.push(await signedInEditor(app));
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

type SaveResult = { ok: boolean; number?: number; revisionId?: string; conflict?: { mine: { body?: string }; theirsRevisionId: string }; formError?: string };

async function save(server: AppServer, cookie: string, input: Record<string, unknown>): Promise<SaveResult> {
  const response = await postAction({
    baseUrl: server.url,
    id: ids.saveEntryAction!,
    body: encodeReply([input]),
    cookie,
    pagePath: `/studio/entries/${String(input.entryId)}`,
  });
  expect(response.status, response.text.slice(0, 300)).toBe(200);
  return response.result as SaveResult;
}

/** Every revision of the entry is whole: numbered 1..n without gaps, chained by parent, valid, audited. */
async function expectWholeHistory(entryId: string): Promise<{ number: number; body: string }[]> {
  const entry = await db().entry.findUniqueOrThrow({ where: { id: entryId }, select: { kind: true, revisionCount: true, latestRevisionId: true } });
  const revisions = await db().revision.findMany({
    where: { entryId },
    orderBy: { number: "asc" },
    select: { id: true, number: true, parentId: true, content: true, title: true, slug: true, summary: true },
  });
  expect(revisions.map((r) => r.number)).toEqual(revisions.map((_, i) => i + 1));
  expect(entry.revisionCount).toBe(revisions.length);
  expect(entry.latestRevisionId).toBe(revisions.at(-1)!.id);
  const audited = await db().auditEvent.findMany({ where: { entryId, action: { in: ["entry.create", "revision.save"] } }, select: { revisionId: true } });
  expect(audited.map((a) => a.revisionId).sort()).toEqual(revisions.map((r) => r.id).sort());
  revisions.forEach((revision, i) => {
    expect(revision.parentId).toBe(i === 0 ? null : revisions[i - 1]!.id);
    const parsed = parseContent(entry.kind === "ACTOR" ? "actor" : entry.kind === "EVENT" ? "event" : "source", revision.content);
    expect(parsed.success, `revision ${revision.number} content`).toBe(true);
    const content = revision.content as { title: string; slug: string };
    expect([revision.title, revision.slug]).toEqual([content.title, content.slug]);
    expect(revision.summary.length).toBeGreaterThan(0);
  });
  return revisions.map((r) => ({ number: r.number, body: (r.content as { body: string }).body }));
}

describe("concurrent saves", () => {
  it("50 editors saving one entry at once: unique gapless numbers, and every text ends up in a revision", { timeout: 300_000 }, async () => {
    const author = await makeActor("EDITOR");
    const slug = uniqueSlug("race");
    const { entryId, revisionId: first } = await createEntry("actor", actorContent(slug, { body: "Start." }), author);
    const texts = Array.from({ length: 50 }, (_, i) => `Saved by racer ${i} (${randomUUID()}).`);
    let conflicts = 0;

    // Each racer starts from the revision it last saw; a conflict hands its own text back (never
    // silently overwritten), and the racer saves again on top of the newer revision, as an editor would.
    const outcomes = await Promise.all(
      texts.map(async (body, i) => {
        let base = first;
        for (let attempt = 0; attempt < 200; attempt++) {
          const result = await save(app, editorCookies[i % editorCookies.length]!, {
            kind: "actor",
            entryId,
            baseRevisionId: base,
            content: actorContent(slug, { body }),
            editSummary: `Racer ${i}`,
          });
          if (result.ok) return { body, number: result.number!, revisionId: result.revisionId! };
          expect(result.conflict, JSON.stringify(result).slice(0, 300)).toBeDefined();
          expect(result.conflict!.mine.body, "a conflict returns the author's own text").toBe(body);
          conflicts++;
          base = result.conflict!.theirsRevisionId;
          // A person reads the other version before saving again: a short, jittered pause.
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 30 * Math.min(attempt + 1, 8)));
        }
        throw new Error(`racer ${i} never saved`);
      }),
    );

    const history = await expectWholeHistory(entryId);
    expect(history).toHaveLength(51);
    expect(new Set(outcomes.map((o) => o.number)).size).toBe(50);
    for (const outcome of outcomes) expect(history.find((h) => h.number === outcome.number)?.body).toBe(outcome.body);
    console.log(`50 racing saves: ${conflicts} conflicts returned with the author's text, 51 revisions, gapless`);
  });
});

describe("an app server killed during a burst of saves", () => {
  it("leaves every revision whole and numbered without gaps, and the next server saves again", { timeout: 300_000 }, async () => {
    const victim = await startAppServer(3343);
    const cookie = await signedInEditor(victim);
    const author = await makeActor("EDITOR");
    const entries = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const slug = uniqueSlug("killed");
        const created = await createEntry("actor", actorContent(slug), author);
        return { slug, entryId: created.entryId, latest: created.revisionId };
      }),
    );

    // Three waves of saves on ten entries, in flight together; the process is killed after the first answer.
    let isKilled = false;
    const answered: number[] = [];
    const burst = entries.flatMap((entry, e) =>
      Array.from({ length: 6 }, async (_, k) => {
        try {
          const result = await save(victim, cookie, {
            kind: "actor",
            entryId: entry.entryId,
            baseRevisionId: entry.latest,
            // Each save of a wave changes its own field, so they merge instead of conflicting.
            content: actorContent(
              entry.slug,
              [
                { body: `Burst ${e}.${k} ${"text ".repeat(2000)}` },
                { description: `Burst description ${e}` },
                { aliases: [{ name: `Burst alias ${e}` }] },
                { wikidataId: `Q${e + 1}` },
                { title: `Burst title ${e}` },
                { founded: { year: 1980 + e, precision: "year" as const } },
              ][k],
            ),
            editSummary: `Burst ${k}`,
          });
          answered.push(e);
          if (!isKilled) {
            isKilled = true;
            victim.process.kill("SIGKILL");
          }
          return result;
        } catch {
          return null; // the connection died with the process
        }
      }),
    );
    await Promise.all(burst);
    expect(isKilled).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect(fetch(`${victim.url}/api/health`)).rejects.toThrow();

    // PostgreSQL rolled back whatever the dead process had open: each entry's history is whole.
    for (const entry of entries) await expectWholeHistory(entry.entryId);
    const saved = await db().revision.count({ where: { entryId: { in: entries.map((e) => e.entryId) }, number: { gt: 1 } } });
    expect(saved).toBeGreaterThanOrEqual(answered.length > 0 ? 1 : 0);
    expect(saved).toBeLessThan(60); // the kill cut the burst short
    console.log(`killed during a burst of 60 saves: ${saved} committed, every history whole`);

    // Nothing is left locked: a new server on the same port saves on every entry at once.
    const next = await startAppServer(3343);
    try {
      const nextCookie = await signedInEditor(next);
      await Promise.all(
        entries.map(async (entry) => {
          const latest = await db().entry.findUniqueOrThrow({ where: { id: entry.entryId }, select: { latestRevisionId: true } });
          const result = await save(next, nextCookie, {
            kind: "actor",
            entryId: entry.entryId,
            baseRevisionId: latest.latestRevisionId,
            content: actorContent(entry.slug, { body: "After the crash." }),
            editSummary: "After",
          });
          expect(result.ok, JSON.stringify(result).slice(0, 200)).toBe(true);
        }),
      );
      for (const entry of entries) await expectWholeHistory(entry.entryId);
    } finally {
      await next.stop();
    }
  });
});
