// `npm run bench:nginx`: Debian's nginx in front of the production server, with the documented
// configuration (docs/nginx/expediente.conf, docs/nginx.md), in a throwaway database seeded with the record:
//   1. origin work per 1,000 reader requests (browser headers) through nginx, from nginx's access log;
//   2. throughput of the event page through nginx and straight from the app, in the same run (wrk);
//   3. a publication and a withdrawal, through the app's own use cases, visible through nginx at the
//      next request; private answers never stored. PASS/FAIL lines; exits 1 on any FAIL.
// Needs a production build (`npx next build`), nginx (/usr/sbin/nginx) and wrk.
//
//   BENCH_PORT (3520, the app)  BENCH_NGINX_PORT (3530)  BENCH_SECONDS (15)  BENCH_CONNECTIONS (64)  BENCH_ROUNDS (1)
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync, type ChildProcess } from "node:child_process";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { dropDatabase, freshSeededDatabase, ROOT } from "../scripts/db.mjs";
import { db } from "../lib/db";
import { approveRevision } from "../lib/review/approve-revision";
import { submitForReview } from "../lib/review/submit-for-review";
import { withdrawEntry } from "../lib/review/withdraw-entry";
import { saveRevision } from "../lib/revisions/save-revision";
import type { Actor } from "../lib/users/permissions";
import { readAccessLog, startNginxFront, type NginxFront } from "./start-nginx";
import { startProductionServer } from "./start-server";
import { cpuMs, wrk, type WrkResult } from "./wrk";

const appPort = Number(process.env.BENCH_PORT ?? 3520);
const nginxPort = Number(process.env.BENCH_NGINX_PORT ?? 3530);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 64);
const rounds = Number(process.env.BENCH_ROUNDS ?? 1);
const EVENT_PAGE = "/events/san-miguel-del-ene-attack";
// 1,000 reader requests: half on the main event page, the rest over the other public answers.
const READER_MIX: [string, number][] = [
  [EVENT_PAGE, 500],
  ["/", 150],
  ["/actors", 100],
  ["/sources/ojo-publico-2021-05-24", 100],
  ["/feed.xml", 50],
  ["/api/v1/events/san-miguel-del-ene-attack", 100],
];
const DATABASE = "expediente_bench_nginx";

type Answer = { status: number; headers: http.IncomingHttpHeaders; wireBytes: number; text: string };

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

/** A browser's request; the body decoded for checks, its size on the wire counted. */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: { "accept-encoding": "gzip, deflate, br", accept: "text/html,application/xhtml+xml,*/*;q=0.8", ...headers } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const body = Buffer.concat(chunks);
          const encoding = response.headers["content-encoding"];
          const decoded = encoding === "br" ? brotliDecompressSync(body) : encoding === "gzip" ? gunzipSync(body) : body;
          resolve({ status: response.statusCode ?? 0, headers: response.headers, wireBytes: body.length, text: decoded.toString("utf8") });
        });
      })
      .on("error", reject);
  });
}

/** The 1,000 requests of the mix, eight at a time (a few readers' browsers). */
async function readers(base: string): Promise<{ wireBytes: number; statuses: Map<number, number> }> {
  const grouped = READER_MIX.flatMap(([p, count]) => Array.from({ length: count }, () => p));
  // A fixed interleaving (397 is prime to 1,000: a permutation), every path spread over the run, so runs compare.
  const queue: string[] = [];
  grouped.forEach((p, i) => (queue[(i * 397) % grouped.length] = p));
  let wireBytes = 0;
  const statuses = new Map<number, number>();
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < queue.length) {
        const answer = await get(`${base}${queue[next++]!}`);
        wireBytes += answer.wireBytes;
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      }
    }),
  );
  return { wireBytes, statuses };
}

let failures = 0;
function check(isPassing: boolean, what: string, detail = ""): void {
  if (!isPassing) failures++;
  console.log(`${isPassing ? "PASS" : "FAIL"} ${what}${detail ? ` (${detail})` : ""}`);
}

function summarise(lines: ReturnType<typeof readAccessLog>) {
  const count = (test: (line: (typeof lines)[number]) => boolean) => lines.filter(test).length;
  return {
    requests: lines.length,
    byCache: [...new Set(lines.map((l) => l.cache))].map((c) => `${c} ${count((l) => l.cache === c)}`).join(", "),
    origin200: count((l) => l.upstream === "200"),
    originRenders: count((l) => l.upstream === "200" && l.appCopy !== "HIT"),
    origin304: count((l) => l.upstream === "304"),
    originOther: count((l) => l.upstream !== "200" && l.upstream !== "304" && l.upstream !== "-"),
    originBodyBytes: lines.reduce((sum, l) => sum + l.upstreamBytes, 0),
    originBytes: lines.reduce((sum, l) => sum + l.upstreamReceived, 0),
  };
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function originWork(app: ChildProcess, nginx: NginxFront): Promise<void> {
  const direct = `http://127.0.0.1:${appPort}`;
  // The app's own copies are filled first: what follows measures nginx, not the app's first renders.
  for (const [p] of READER_MIX) await get(`${direct}${p}`);
  const cpuBefore = cpuMs([app.pid!]);
  const alone = await readers(direct);
  const cpuAlone = cpuMs([app.pid!]) - cpuBefore;

  const offset = statSync(nginx.accessLog).size;
  const cpuFrontBefore = cpuMs([app.pid!]);
  const front = await readers(nginx.url);
  const cpuFront = cpuMs([app.pid!]) - cpuFrontBefore;
  const seen = summarise(readAccessLog(nginx.accessLog, offset));
  console.log(`\n## Origin work per 1,000 reader requests (browser headers, 8 at a time, nginx's cache empty at the start)\n`);
  console.log(`mix: ${READER_MIX.map(([p, n]) => `${n} × ${p}`).join(", ")}\n`);
  console.log(
    "| | origin 200s (of which rendered) | origin 304s | bytes from origin: bodies / with headers | bytes to readers (bodies) | app CPU | nginx cache statuses |",
  );
  console.log("|---|---|---|---|---|---|---|");
  console.log(
    `| straight to the app | 1000 (0; from its own copies) | 0 | ${kB(alone.wireBytes)} / — | ${kB(alone.wireBytes)} | ${cpuAlone.toFixed(0)} ms | — |`,
  );
  console.log(
    `| through nginx | ${seen.origin200} (${seen.originRenders}) | ${seen.origin304} | ${kB(seen.originBodyBytes)} / ${kB(seen.originBytes)} | ${kB(front.wireBytes)} | ${cpuFront.toFixed(0)} ms | ${seen.byCache} |`,
  );
  check(seen.requests === 1000, "nginx logged the 1,000 reader requests", `${seen.requests}`);
  check(
    [...front.statuses.keys()].every((s) => s === 200),
    "every reader got a 200 through nginx",
    JSON.stringify([...front.statuses]),
  );
  // One full answer per address (the first, which fills nginx's store), then only revalidations.
  check(seen.origin200 === READER_MIX.length && seen.origin304 === 1000 - READER_MIX.length, "one full answer per address, then only 304s from the origin");
  check(!/\bHIT \d/.test(seen.byCache), "nginx never served a stored answer without asking the origin (no HIT)");
}

function throughput(app: ChildProcess, nginx: NginxFront): void {
  const appPids = [app.pid!];
  const frontPids = [...appPids, ...nginx.workerPids()];
  const direct = `http://127.0.0.1:${appPort}${EVENT_PAGE}`;
  const front = `${nginx.url}${EVENT_PAGE}`;
  // Warm-up: V8 optimises both paths, nginx stores the page.
  wrk({ url: direct, seconds: 3, connections, cpuPids: appPids });
  wrk({ url: front, seconds: 3, connections, cpuPids: frontPids });
  const rows: string[] = [];
  const row = (name: string, result: WrkResult, appCpu: number, ratio: string) =>
    rows.push(
      `| ${name} | ${result.requestsPerSecond.toFixed(0)} | ${ms(result.p50Ms)} / ${ms(result.p99Ms)} | ${ratio} | ${appCpu.toFixed(3)} ms | ${result.cpuMsPerRequest.toFixed(3)} ms | ${result.errors || "none"} |`,
    );
  for (let round = 1; round <= rounds; round++) {
    const appBefore = cpuMs(appPids);
    const alone = wrk({ url: direct, seconds, connections, cpuPids: appPids });
    const appAlone = (cpuMs(appPids) - appBefore) / alone.requests;
    const offset = statSync(nginx.accessLog).size;
    const appBeforeFront = cpuMs(appPids);
    const through = wrk({ url: front, seconds, connections, cpuPids: frontPids });
    const appThrough = (cpuMs(appPids) - appBeforeFront) / through.requests;
    row(`straight to the app (round ${round})`, alone, appAlone, "1.00 ×");
    row(`through nginx (round ${round})`, through, appThrough, `${(through.requestsPerSecond / alone.requestsPerSecond).toFixed(2)} ×`);
    const seen = summarise(readAccessLog(nginx.accessLog, offset));
    rows.push(`| (nginx's log for that run: ${seen.byCache}; ${seen.origin304} origin 304s, ${seen.origin200} origin 200s) | | | | | | |`);
  }
  const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  console.log(`\n## ${EVENT_PAGE}: wrk -t2 -c${connections} -d${seconds}s --latency, browser headers; load average after: ${load}\n`);
  console.log("| path | req/s | p50 / p99 | ratio | app CPU per request | app + nginx CPU per request | errors |");
  console.log("|---|---|---|---|---|---|---|");
  for (const line of rows) console.log(line);
}

async function freshness(nginx: NginxFront): Promise<void> {
  console.log("\n## A publication and a withdrawal through nginx\n");
  const stamp = Date.now().toString(36);
  const [editor, reviewer] = await Promise.all(
    (["EDITOR", "REVIEWER"] as const).map((role): Promise<Actor> =>
      db().user.create({
        data: { email: `nginx-bench-${role.toLowerCase()}-${stamp}@bench.example`, name: `nginx bench ${role.toLowerCase()}`, role, passwordHash: "!bench" },
        select: { id: true, email: true, name: true, role: true },
      }),
    ),
  );
  const slug = `nginx-bench-${stamp}`;
  const content = (title: string) => ({
    slug,
    title,
    aliases: [],
    nature: "organisation" as const,
    actorType: "other" as const,
    description: "An actor the nginx bench publishes, changes and withdraws.",
    body: "",
    affiliations: [],
    claims: [],
  });
  const publish = async (entryId: string) => {
    const review = await submitForReview({ actor: editor!, entryId });
    await approveRevision({ actor: reviewer!, reviewId: review.reviewId, revisionId: review.revisionId });
  };
  const created = await saveRevision({ actor: editor!, kind: "actor", content: content(`First title ${stamp}`), summary: "Created" });
  if (!created.ok) throw new Error(`could not create the bench actor: ${JSON.stringify(created)}`);
  await publish(created.entryId);

  const page = `${nginx.url}/actors/${slug}`;
  const api = `${nginx.url}/api/v1/actors/${slug}`;
  const index = `${nginx.url}/actors`;
  for (const url of [page, api, index]) await get(url); // stored by nginx
  const before = await get(page);
  check(before.headers["x-cache-status"] === "REVALIDATED", "a stored page is revalidated on use", `X-Cache-Status ${before.headers["x-cache-status"]}`);
  check(before.text.includes(`First title ${stamp}`), "nginx serves the published page");
  check(before.headers["x-accel-expires"] === undefined, "nginx keeps X-Accel-Expires from its clients");

  const saved = await saveRevision({
    actor: editor!,
    kind: "actor",
    entryId: created.entryId,
    baseRevisionId: created.revisionId,
    content: content(`Second title ${stamp}`),
    summary: "Retitled",
  });
  if (!saved.ok) throw new Error(`could not save the bench actor's revision: ${JSON.stringify(saved)}`);
  await publish(created.entryId);
  const after = await get(page);
  check(
    after.status === 200 && after.text.includes(`Second title ${stamp}`) && !after.text.includes(`First title ${stamp}`),
    "the next request through nginx after the publication shows the new revision",
    `status ${after.status}, X-Cache-Status ${after.headers["x-cache-status"]}`,
  );
  check(after.headers.etag !== before.headers.etag, "the validator changed with the publication", `${before.headers.etag} → ${after.headers.etag}`);
  check((await get(api)).text.includes(`Second title ${stamp}`), "the read API through nginx shows it at once");
  check((await get(index)).text.includes(`Second title ${stamp}`), "the actors index through nginx shows it at once");

  const withdrawn = await withdrawEntry({ actor: reviewer!, entryId: created.entryId, reason: "Withdrawn by the nginx bench", isConfirmed: true });
  if (!withdrawn.ok) throw new Error(`withdrawal refused: ${JSON.stringify(withdrawn)}`);
  const gone = await get(page);
  check(
    gone.status === 410 && gone.text.includes("Withdrawn by the nginx bench"),
    "the next request through nginx after the withdrawal answers 410",
    `status ${gone.status}`,
  );
  check((await get(api)).status === 410, "the read API through nginx answers 410 at once");
  check(!(await get(index)).text.includes(`Second title ${stamp}`), "the actors index through nginx drops it at once");

  // What nginx must never keep.
  for (const [p, expected] of [
    ["/search?q=ene", "MISS"],
    ["/events?type=attack", "MISS"],
    ["/login", undefined], // outside the cached location
  ] as const) {
    await get(`${nginx.url}${p}`);
    const second = await get(`${nginx.url}${p}`);
    check(
      String(second.headers.server).startsWith("nginx") && second.headers["x-cache-status"] === expected,
      `${p} is never stored`,
      `X-Cache-Status ${second.headers["x-cache-status"] ?? "none"}, Cache-Control ${second.headers["cache-control"]}`,
    );
  }
  const staff = await get(`${nginx.url}${EVENT_PAGE}`, { cookie: "next-auth.session-token=anything" });
  check(staff.headers["x-cache-status"] === "BYPASS", "signed-in staff go past nginx's store", `X-Cache-Status ${staff.headers["x-cache-status"]}`);
}

async function main() {
  if (!statSync(path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"), { throwIfNoEntry: false }))
    throw new Error("No production build: run `npx next build` first");
  const serverUrl = process.env.DATABASE_URL!;
  // The bench publishes and withdraws: in a database of its own, never the one it was started with.
  process.env.DATABASE_URL = await freshSeededDatabase(serverUrl, DATABASE);
  const dir = mkdtempSync(path.join(tmpdir(), "nginx-bench-"));
  let app: ChildProcess | undefined;
  let nginx: NginxFront | undefined;
  try {
    app = await startProductionServer({ port: appPort });
    nginx = await startNginxFront({ port: nginxPort, originPort: appPort, dir });
    console.log(
      `nginx ${spawnSync("/usr/sbin/nginx", ["-v"], { encoding: "utf8" }).stderr.trim()} on ${nginx.url} in front of the app on ${appPort}; config ${dir}/nginx.conf`,
    );
    await originWork(app, nginx);
    throughput(app, nginx);
    await freshness(nginx);
  } finally {
    agent.destroy();
    await nginx?.stop();
    if (app && app.exitCode === null) await new Promise((resolve) => (app!.once("exit", resolve), app!.kill("SIGTERM")));
    await db().$disconnect();
    await dropDatabase(serverUrl, DATABASE);
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(failures === 0 ? "\nall checks passed" : `\n${failures} check(s) failed`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
