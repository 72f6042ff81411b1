// `node scripts/with-db.mjs node --import tsx bench/captures.ts [megabytes] [rounds]`
// Upload and download of a 50 MB capture against the production build (`npx next build` first), signed
// in as the seeded editor: time, and the server's resident memory (its whole process tree) before, at
// its peak while the bytes stream, and after. Flat memory means the file is never held whole.
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import pg from "pg";
import { startProductionServer } from "./start-server";

const MEGABYTES = Number(process.argv[2] ?? 50);
const ROUNDS = Number(process.argv[3] ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 3417);
const origin = `http://127.0.0.1:${PORT}`;
const MB = 1024 * 1024;

/** Resident memory of `pid` and its descendants, in MiB (from /proc). */
async function treeRss(pid: number): Promise<number> {
  const parents = new Map<number, number>();
  for (const name of await readdir("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, "utf8");
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone
    }
  }
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, parent] of parents) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
    }
  }
  let kb = 0;
  for (const p of tree) {
    try {
      const status = await readFile(`/proc/${p}/status`, "utf8");
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return kb / 1024;
}

/** Samples the tree's RSS every 25 ms while `work` runs: its peak. */
async function peakDuring<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peak: number; ms: number }> {
  let peak = await treeRss(pid);
  let running = true;
  const sampler = (async () => {
    while (running) {
      peak = Math.max(peak, await treeRss(pid));
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  const start = performance.now();
  try {
    const result = await work();
    return { result, peak, ms: performance.now() - start };
  } finally {
    running = false;
    await sampler;
  }
}

async function signIn(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrf.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed (${response.status}): run with the seeded record`);
  return session.split(";")[0]!;
}

async function writeFile(file: string): Promise<string> {
  const out = createWriteStream(file);
  const hash = createHash("sha256");
  const head = Buffer.from(`%PDF-1.7\n% bench ${Date.now()}\n`);
  const write = async (b: Buffer) => {
    hash.update(b);
    if (!out.write(b)) await once(out, "drain");
  };
  await write(head);
  for (let left = MEGABYTES * MB - head.length; left > 0; left -= MB) await write(randomBytes(Math.min(MB, left)));
  out.end();
  await once(out, "finish");
  return hash.digest("hex");
}

function upload(file: string, size: number, cookie: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${origin}/api/studio/capture-uploads?capturedAt=2026-12-02&tool=bench`,
      { method: "POST", headers: { origin, cookie, "content-type": "application/octet-stream", "content-length": String(size) } },
      (response) => {
        let body = "";
        response.on("data", (c: Buffer) => (body += c.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on("error", reject);
    createReadStream(file, { highWaterMark: 256 * 1024 }).pipe(request);
  });
}

async function download(sha256: string, cookie: string): Promise<string> {
  const response = await fetch(`${origin}/api/studio/captures/${sha256}/file`, { headers: { cookie } });
  if (!response.ok || !response.body) throw new Error(`download answered ${response.status}`);
  const hash = createHash("sha256");
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) hash.update(chunk);
  return hash.digest("hex");
}

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), "expediente-bench-captures-"));
  const server = await startProductionServer({ port: PORT });
  const pid = server.pid!;
  const uploaded: string[] = [];
  try {
    const cookie = await signIn("editor@example.com", "expediente-demo");
    // Warm the routes (first compile of the handlers, the Prisma client) before measuring.
    await fetch(`${origin}/api/studio/captures?sha256=`, { headers: { cookie } });
    const idle = await treeRss(pid);
    console.log(`server RSS idle: ${idle.toFixed(0)} MiB; file: ${MEGABYTES} MiB; rounds: ${ROUNDS}`);
    for (let round = 1; round <= ROUNDS; round++) {
      const file = path.join(dir, `capture-${round}.pdf`);
      const sha256 = await writeFile(file);
      const before = await treeRss(pid);
      const up = await peakDuring(pid, () => upload(file, MEGABYTES * MB, cookie));
      if (up.result.status !== 201) throw new Error(`upload answered ${up.result.status}: ${up.result.body}`);
      uploaded.push(sha256);
      const afterUpload = await treeRss(pid);
      const down = await peakDuring(pid, () => download(sha256, cookie));
      if (down.result !== sha256) throw new Error("the downloaded bytes hash otherwise");
      const after = await treeRss(pid);
      console.log(
        `round ${round}: upload ${(up.ms / 1000).toFixed(2)} s (${((MEGABYTES / up.ms) * 1000).toFixed(1)} MiB/s), RSS ${before.toFixed(0)} → peak ${up.peak.toFixed(0)} → ${afterUpload.toFixed(0)} MiB; ` +
          `download ${(down.ms / 1000).toFixed(2)} s (${((MEGABYTES / down.ms) * 1000).toFixed(1)} MiB/s), peak ${down.peak.toFixed(0)} → ${after.toFixed(0)} MiB`,
      );
      await rm(file);
    }
  } finally {
    server.kill("SIGTERM");
    await once(server, "exit").catch(() => {});
    // The bench's captures leave the database (the app itself never deletes a capture).
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL! });
    await client.connect();
    await client.query(`DELETE FROM "CaptureChunk" WHERE "captureId" IN (SELECT "id" FROM "Capture" WHERE "sha256" = ANY($1))`, [uploaded]);
    await client.query(`DELETE FROM "Capture" WHERE "sha256" = ANY($1)`, [uploaded]);
    await client.end();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
