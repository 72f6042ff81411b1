// `npm run bench:weight`: how the event page's weight grows with its record. In a throwaway database
// seeded with the record, the seeded event is published again with its claims and timeline repeated
// (new ids, the same sources, text of their own) up to the schema's limits, and each version of the page is fetched from
// the production server as a browser does: bytes on the wire (brotli, gzip), HTML and elements.
// Needs `npx next build`; runs under scripts/with-db.mjs.
//
//   BENCH_PORT (3540)
import { randomUUID } from "node:crypto";
import { db } from "../lib/db";
import { approveRevision } from "../lib/review/approve-revision";
import { submitForReview } from "../lib/review/submit-for-review";
import { saveRevision } from "../lib/revisions/save-revision";
import type { Actor } from "../lib/users/permissions";
import { startProductionServer } from "./start-server";
import { wireBytes } from "./wire-bytes";
import { dropDatabase, freshSeededDatabase } from "../scripts/db.mjs";

const DATABASE = "expediente_bench_weight";
const EVENT_SLUG = "san-miguel-del-ene-attack";
const port = Number(process.env.BENCH_PORT ?? 3540);
// The schema's limits (lib/entries/event-schema.ts): 300 claims, 200 timeline moments.
const CLAIM_COUNTS = [0, 60, 120, 300];

type Item = { id: string } & Record<string, unknown>;
type EventJson = { claims: Item[]; timeline: Item[] } & Record<string, unknown>;

/**
 * `items` repeated (ids made unique) until there are `count`, or as they are when count is 0. Each copy
 * gets its own `field` text, drawn from `words` (the event's own vocabulary): copies of the same text
 * would compress to almost nothing and flatter the figures.
 */
function repeated(items: Item[], count: number, field: "note" | "text", words: string[]): Item[] {
  if (count === 0) return items;
  let seed = count;
  // A linear congruential generator's low bits repeat quickly: the word comes from its high bits.
  const nextWord = () => words[Math.floor((seed = (seed * 1103515245 + 12345) % 2147483648) / 65536) % words.length]!;
  return Array.from({ length: count }, (_, i) => {
    const item = items[i % items.length]!;
    if (i < items.length) return item;
    const text = Array.from({ length: 40 }, nextWord).join(" ").slice(0, 280);
    return { ...item, id: `${item.id}-${Math.floor(i / items.length)}`, [field]: text };
  });
}

async function staff(): Promise<[Actor, Actor]> {
  const stamp = randomUUID().slice(0, 8);
  const [editor, reviewer] = await Promise.all(
    (["EDITOR", "REVIEWER"] as const).map((role) =>
      db().user.create({
        data: { email: `weight-${role.toLowerCase()}-${stamp}@bench.example`, name: `weight bench ${role.toLowerCase()}`, role, passwordHash: "!bench" },
        select: { id: true, email: true, name: true, role: true },
      }),
    ),
  );
  return [editor!, reviewer!];
}

async function publishGrown(original: EventJson, claimCount: number, [editor, reviewer]: [Actor, Actor]) {
  const entry = await db().entry.findFirstOrThrow({ where: { kind: "EVENT", slug: EVENT_SLUG }, select: { id: true, latestRevisionId: true } });
  const words = String(original.body).match(/[A-Za-zÀ-ÿ]{3,}/g) ?? ["record"];
  // The timeline grows with the claims, and reaches its own limit with theirs.
  const timelineCount = claimCount >= 300 ? 200 : Math.round((claimCount / original.claims.length) * original.timeline.length);
  const content = {
    ...original,
    claims: repeated(original.claims, claimCount, "note", words),
    timeline: repeated(original.timeline, timelineCount, "text", words),
  };
  const saved = await saveRevision({
    actor: editor,
    kind: "event",
    entryId: entry.id,
    baseRevisionId: entry.latestRevisionId!,
    content,
    summary: `Page weight bench: ${claimCount} claims`,
  });
  if (!saved.ok) throw new Error(`the grown event was refused: ${JSON.stringify(saved.fieldErrors ?? saved.formError).slice(0, 500)}`);
  const { reviewId, revisionId } = await submitForReview({ actor: editor, entryId: entry.id });
  await approveRevision({ actor: reviewer, reviewId, revisionId });
  return content;
}

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL is not set: run through `npm run bench:weight`");
  process.env.DATABASE_URL = await freshSeededDatabase(serverUrl, DATABASE);
  const server = await startProductionServer({ port });
  try {
    const people = await staff();
    const seeded = await db().entry.findFirstOrThrow({
      where: { kind: "EVENT", slug: EVENT_SLUG },
      select: { publishedRevision: { select: { content: true } } },
    });
    const original = seeded.publishedRevision!.content as EventJson;
    const page = `http://127.0.0.1:${port}/events/${EVENT_SLUG}`;
    console.log("| claims | timeline moments | HTML | brotli | gzip | elements |\n|---|---|---|---|---|---|");
    for (const claimCount of CLAIM_COUNTS) {
      const content = claimCount === 0 ? original : await publishGrown(original, claimCount, people);
      await fetch(page); // the first load stores the copy; the next ones are what readers get
      const html = await (await fetch(page)).text();
      const [br, gzip] = [(await wireBytes(page, "br")).body.byteLength, (await wireBytes(page, "gzip")).body.byteLength];
      const elements = html.match(/<[a-zA-Z]/g)?.length ?? 0;
      const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
      console.log(`| ${content.claims.length} | ${content.timeline.length} | ${kB(Buffer.byteLength(html))} | ${kB(br)} | ${kB(gzip)} | ${elements} |`);
    }
  } finally {
    await new Promise<void>((resolve) => {
      if (server.exitCode !== null) return resolve();
      server.once("exit", () => resolve());
      server.kill("SIGTERM");
    });
    await db().$disconnect();
    await dropDatabase(serverUrl, DATABASE);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
