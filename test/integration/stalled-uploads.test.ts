// Break 2 of issue 21, over HTTP against the production build: one editor's stalled uploads must not take
// readers' connections. Ten uploads that declare 5 MB and send a byte every 2 s held all ten pooled
// connections idle in a transaction, and a new search answered 503 after 10 s.
import { hash } from "@node-rs/argon2";
import { randomUUID } from "node:crypto";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, IDLE_IN_TRANSACTION_TIMEOUT_MS, readerDb } from "@/lib/db";
import { startAppServer, type AppServer } from "./app-server";
import { signInOverHttp } from "./sign-in";

const PASSWORD = "stalled-uploads-password";
const DECLARED_BYTES = 5 * 1024 * 1024;

let app: AppServer;
let cookie = "";

beforeAll(async () => {
  app = await startAppServer(3490);
  const email = `stalled-editor-${randomUUID().slice(0, 8)}@test.example`;
  await db().user.create({ data: { email, name: "Stalling editor", role: "EDITOR", passwordHash: await hash(PASSWORD) } });
  cookie = await signInOverHttp(app.url, email, PASSWORD);
});
afterAll(async () => {
  await app?.stop();
});

type StalledUpload = {
  /** Resolves when the server answered or dropped the connection: the status (0 for a drop) and when. */
  ended: Promise<{ status: number; afterMs: number; retryAfter?: string; isClosedByServer: boolean }>;
  stop: () => void;
};

/** An upload that declares DECLARED_BYTES and sends a byte of a PDF every 2 s, as a slowloris client does. */
function stalledUpload(): StalledUpload {
  const startedAt = Date.now();
  const query = new URLSearchParams({ capturedAt: "2026-12-07", tool: "slow client" });
  const request = http.request(`${app.url}/api/studio/capture-uploads?${query}`, {
    method: "POST",
    headers: { origin: app.url, cookie, "content-type": "application/octet-stream", "content-length": String(DECLARED_BYTES) },
  });
  const bytes = Buffer.from("%PDF-1.7\n");
  let sent = 0;
  const timer = setInterval(() => {
    if (!request.destroyed) request.write(bytes.subarray(sent % bytes.length, (sent % bytes.length) + 1));
    sent++;
  }, 2000);
  request.write(bytes.subarray(0, 1));
  sent++;
  const ended = new Promise<{ status: number; afterMs: number; retryAfter?: string; isClosedByServer: boolean }>((resolve) => {
    let status = 0;
    let retryAfter: string | undefined;
    let closeTimer: NodeJS.Timeout | undefined;
    const end = (isClosedByServer: boolean) => {
      clearInterval(timer);
      clearTimeout(closeTimer);
      request.destroy();
      resolve({ status, afterMs: Date.now() - startedAt, retryAfter, isClosedByServer });
    };
    request.on("response", (response) => {
      status = response.statusCode ?? 0;
      retryAfter = response.headers["retry-after"];
      response.resume();
      // The server is to close the connection itself after its answer, not keep reading what is sent.
      closeTimer = setTimeout(() => end(false), 3000);
    });
    // The socket's own close, not the request's: that one also fires when a kept-alive socket is reused.
    request.on("socket", (socket) => socket.on("close", () => end(true)));
    request.on("error", () => end(true));
  });
  return { ended, stop: () => request.destroy() };
}

async function timed(url: string): Promise<{ status: number; ms: number }> {
  const startedAt = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - startedAt };
}

/** Sessions of this test's database that sit inside a transaction doing nothing. */
async function idleInTransaction(): Promise<number> {
  const [row] = await db().$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM pg_stat_activity
     WHERE datname = current_database() AND state LIKE 'idle in transaction%' AND pid <> pg_backend_pid()`;
  return row?.count ?? 0;
}

describe("stalled uploads", () => {
  it("ten stalled uploads from one editor: a new search and an API query each answer 200 within 1 s, no session idles in a transaction, and the uploads are dropped within seconds", async () => {
    // Warm: what is measured below is waiting for the database, not the first render of each route.
    const warmSearch = await timed(`${app.url}/search?q=${randomUUID().slice(0, 8)}`);
    const warmApi = await timed(`${app.url}/api/v1/entries?q=${randomUUID().slice(0, 8)}`);
    expect([warmSearch.status, warmApi.status]).toEqual([200, 200]);
    const quietSearch = await timed(`${app.url}/search?q=${randomUUID().slice(0, 8)}`);
    const quietApi = await timed(`${app.url}/api/v1/entries?q=${randomUUID().slice(0, 8)}`);
    console.info(`without uploads: search in ${quietSearch.ms.toFixed(0)} ms, API in ${quietApi.ms.toFixed(0)} ms`);
    const uploads = Array.from({ length: 10 }, () => stalledUpload());
    try {
      // Long enough for every upload to have been let in (or refused), and for each to have sent bytes.
      await new Promise((resolve) => setTimeout(resolve, 4000));
      const idleDuringUploads = await idleInTransaction();
      const search = await timed(`${app.url}/search?q=${randomUUID().slice(0, 8)}`);
      const api = await timed(`${app.url}/api/v1/entries?q=${randomUUID().slice(0, 8)}`);
      console.info(
        `stalled uploads: search ${search.status} in ${search.ms.toFixed(0)} ms, API ${api.status} in ${api.ms.toFixed(0)} ms, ` +
          `${idleDuringUploads} sessions idle in a transaction`,
      );
      expect(idleDuringUploads).toBe(0);
      expect(search).toMatchObject({ status: 200 });
      expect(search.ms).toBeLessThan(1000);
      expect(api).toMatchObject({ status: 200 });
      expect(api.ms).toBeLessThan(1000);

      const ends = await Promise.all(uploads.map((upload) => upload.ended));
      const refused = ends.filter((end) => end.status === 429);
      const dropped = ends.filter((end) => end.status !== 429);
      console.info(
        `stalled uploads: ${refused.length} refused with 429 after at most ${Math.max(...refused.map((end) => end.afterMs))} ms, ` +
          `the others ended with ${dropped.map((end) => `${end.status || "a closed connection"} after ${(end.afterMs / 1000).toFixed(1)} s`).join(", ")}`,
      );
      // Two uploads at once per person; the others are told at once when to come back.
      expect(refused).toHaveLength(8);
      for (const end of refused) expect(end).toMatchObject({ retryAfter: expect.stringMatching(/^\d+$/), isClosedByServer: true });
      // A byte every 2 s is far below the pace: dropped once the 10 s grace is over, not after Node's 300 s.
      for (const end of dropped) {
        expect([0, 408]).toContain(end.status);
        expect(end.isClosedByServer).toBe(true);
        expect(end.afterMs).toBeLessThan(20_000);
      }
      expect(await idleInTransaction()).toBe(0);
    } finally {
      for (const upload of uploads) upload.stop();
    }
  }, 60_000);

  it("PostgreSQL ends a transaction that either client leaves idle, so even a bug cannot hold a connection for ever", async () => {
    for (const client of [db(), readerDb()]) {
      const [row] = await client.$queryRaw<{ ms: number }[]>`
        SELECT setting::int AS ms FROM pg_settings WHERE name = 'idle_in_transaction_session_timeout'`;
      expect(row?.ms).toBe(IDLE_IN_TRANSACTION_TIMEOUT_MS);
    }
    // A transaction that waits on something other than the database, as uploads did while reading a body.
    const startedAt = Date.now();
    const outcome = await db()
      .$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT 1`;
          await new Promise((resolve) => setTimeout(resolve, IDLE_IN_TRANSACTION_TIMEOUT_MS + 2000));
          await tx.$queryRaw`SELECT 1`;
        },
        { timeout: 60_000 },
      )
      .then(
        () => "committed",
        () => "refused",
      );
    expect(outcome).toBe("refused");
    expect(Date.now() - startedAt).toBeLessThan(IDLE_IN_TRANSACTION_TIMEOUT_MS + 10_000);
    // The pool replaced the connection PostgreSQL closed.
    expect(await db().$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    expect(await idleInTransaction()).toBe(0);
  }, 60_000);
});
