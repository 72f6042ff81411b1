// `npm run bench:pages`: public pages fetched as browsers fetch them (`Accept-Encoding: gzip, deflate,
// br`) against a static file of the same bytes on the wire, served by the same production server from
// `/_next/static/`, which the proxy does not see (the server's static-file limit). wrk (Debian: `apt-get
// install wrk`) at 64 connections; the page and its static twin alternate within one run, so whatever
// else the machine does touches both. Prints requests/s, p50, p99, the ratio, and the server's RSS.
// Needs a production build (`npx next build`) and runs under scripts/with-db.mjs (seeded record).
//
//   BENCH_PORT (3500)  BENCH_SECONDS (10)  BENCH_CONNECTIONS (64)  BENCH_ROUNDS (2)
//   BENCH_PATHS (comma-separated; default: the event page, /, /actors, a source page, the feed, the sitemap, the event in the API)
//   BENCH_APP_DIR      another checkout to serve (e.g. a `git worktree` of the previous commit, for "before")
import { spawnSync, type ChildProcess } from "node:child_process";
import { startProductionServer } from "./start-server";
import { wrk, type WrkResult } from "./wrk";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { wireBytes } from "./wire-bytes";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
const appDir = path.resolve(process.env.BENCH_APP_DIR ?? ROOT);
const distDir = path.join(appDir, process.env.NEXT_DIST_DIR ?? ".next");
const port = Number(process.env.BENCH_PORT ?? 3500);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 64);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const paths = (
  process.env.BENCH_PATHS ??
  "/events/san-miguel-del-ene-attack,/,/actors,/sources/ojo-publico-2021-05-24,/feed.xml,/sitemap.xml,/api/v1/events/san-miguel-del-ene-attack"
)
  .split(",")
  .map((p) => p.trim());
const origin = `http://127.0.0.1:${port}`;
const staticDir = path.join(distDir, "static", `bench-${process.pid}`);

function startServer(): Promise<ChildProcess> {
  return startProductionServer({ port, cwd: appDir });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** The bytes on the wire for a browser's request (fetch would decode them). */
/** Resident memory of the server process and its children, in MB. */
function rssMb(pid: number): number {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    const children = spawnSync("pgrep", ["-P", String(pids[i])], { encoding: "utf8" })
      .stdout.split("\n")
      .filter(Boolean)
      .map(Number);
    pids.push(...children);
  }
  let kb = 0;
  for (const p of pids) {
    const status = existsSync(`/proc/${p}/status`) ? readFileSync(`/proc/${p}/status`, "utf8") : "";
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  }
  return kb / 1024;
}

let serverPid = 0;

function measure(url: string, duration = seconds): WrkResult {
  return wrk({ url, seconds: duration, connections, cpuPids: [serverPid] });
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main() {
  if (!existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`No production build in ${distDir}: run \`npx next build\` first`);
  // Next lists its build's static files when it starts: the twins are written from a first server's
  // answers, then a second server serves both.
  let server = await startServer();
  const rows: string[] = [];
  const ratios: number[] = [];
  try {
    mkdirSync(staticDir, { recursive: true });
    const targets: { pagePath: string; staticUrl: string; bytes: number; encoding: string; cache: string }[] = [];
    for (const pagePath of paths) {
      await wireBytes(`${origin}${pagePath}`); // the first load stores the copy
      const page = await wireBytes(`${origin}${pagePath}`);
      if (page.status !== 200) throw new Error(`${pagePath} answered ${page.status}: is the record seeded?`);
      // The same bytes as a file Next serves from its build folder; binary, so Next does not compress it again.
      const name = `${targets.length}.bin`;
      writeFileSync(path.join(staticDir, name), page.body);
      targets.push({
        pagePath,
        staticUrl: `${origin}/_next/static/bench-${process.pid}/${name}`,
        bytes: page.body.length,
        encoding: page.encoding,
        cache: page.cache,
      });
    }
    await stopServer(server);
    server = await startServer();
    for (const target of targets) {
      await wireBytes(`${origin}${target.pagePath}`); // store the copy again in the new process
      const check = await wireBytes(target.staticUrl);
      if (check.status !== 200 || check.body.length !== target.bytes)
        throw new Error(`the static twin of ${target.pagePath} is not served as is (${check.status}, ${check.body.length} bytes)`);
    }
    serverPid = server.pid!;
    const rssBefore = rssMb(server.pid!);
    const loadStart = Date.now();
    for (const target of targets) {
      // Warm-up: V8 optimises both paths before anything is recorded.
      measure(target.staticUrl, 3);
      measure(`${origin}${target.pagePath}`, 3);
      for (let round = 1; round <= rounds; round++) {
        const file = measure(target.staticUrl);
        const page = measure(`${origin}${target.pagePath}`);
        const ratio = page.requestsPerSecond / file.requestsPerSecond;
        // After every round, so that a long run (BENCH_SECONDS) shows whether memory keeps growing.
        const rssNow = `${rssMb(server.pid!).toFixed(0)} MB at ${((Date.now() - loadStart) / 1000).toFixed(0)} s`;
        ratios.push(ratio);
        rows.push(
          `| ${target.pagePath} (${target.cache}) | ${round} | ${target.bytes} ${target.encoding} | ${file.requestsPerSecond.toFixed(0)} | ${ms(file.p50Ms)} / ${ms(file.p99Ms)} | ` +
            `${page.requestsPerSecond.toFixed(0)} | ${ms(page.p50Ms)} / ${ms(page.p99Ms)} | **${ratio.toFixed(2)} ×** | ` +
            `${file.cpuMsPerRequest.toFixed(3)} / ${page.cpuMsPerRequest.toFixed(3)} ms (${(file.cpuMsPerRequest / page.cpuMsPerRequest).toFixed(2)} ×) | ${[file.errors, page.errors].filter(Boolean).join("; ") || "none"} | ${rssNow} |`,
        );
      }
    }
    const rssAfter = rssMb(server.pid!);
    const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
    console.log(
      `\n${appDir === ROOT ? "this checkout" : appDir}: wrk -t2 -c${connections} -d${seconds}s with browser headers, ${rounds} alternating rounds; load average after: ${load}\n`,
    );
    console.log(
      "| page (cache) | round | wire bytes | static file req/s | static p50 / p99 | page req/s | page p50 / p99 | page / static | server CPU per request, static / page (ratio) | errors | server RSS after the round |",
    );
    console.log("|---|---|---|---|---|---|---|---|---|---|---|");
    for (const row of rows) console.log(row);
    console.log(
      `\nlowest ratio ${Math.min(...ratios).toFixed(2)} × (bar: ≥ 0.8 ×, p99 < 100 ms); server RSS ${rssBefore.toFixed(0)} MB before the load, ${rssAfter.toFixed(0)} MB after (bar: < 300 MB)`,
    );
  } finally {
    rmSync(staticDir, { recursive: true, force: true });
    await stopServer(server);
  }
}

main().catch((error: unknown) => {
  rmSync(staticDir, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
