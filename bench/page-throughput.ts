// `npm run bench:pages`: throughput and p99 of a published page against a static file of the same size,
// from the same production server, with wrk (Debian: `apt-get install wrk`) at 64 connections (requests
// slower than 10 s count as timeouts and are left out of the p99).
// Needs a production build (`npx next build`) and runs under scripts/with-db.mjs (seeded record).
//
//   BENCH_PORT (3500)  BENCH_SECONDS (15)  BENCH_CONNECTIONS (64)  BENCH_PATH (/events/san-miguel-del-ene-attack)
//   BENCH_APP_DIR      another checkout to serve (e.g. a `git worktree` of the previous commit, for "before")
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
const appDir = path.resolve(process.env.BENCH_APP_DIR ?? ROOT);
const port = Number(process.env.BENCH_PORT ?? 3500);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 64);
const pagePath = process.env.BENCH_PATH ?? "/events/san-miguel-del-ene-attack";
const origin = `http://127.0.0.1:${port}`;
const staticName = `bench-static-${process.pid}.html`;
const publicDir = path.join(appDir, "public");
const staticFile = path.join(publicDir, staticName);
const hadPublicDir = existsSync(publicDir);

function removeStaticCopy() {
  rmSync(staticFile, { force: true });
  if (!hadPublicDir && existsSync(publicDir) && readdirSync(publicDir).length === 0) rmdirSync(publicDir);
}

async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    cwd: appDir,
    env: { ...process.env, PORT: String(port), NEXTAUTH_URL: origin, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-0123456789abcdef" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the server on ${port} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

type Result = { name: string; bytes: number; requestsPerSecond: number; p99Ms: number; errors: string };

function toMs(value: string, unit: string): number {
  return Number(value) * ({ us: 0.001, ms: 1, s: 1000 } as Record<string, number>)[unit]!;
}

function wrk(name: string, url: string, bytes: number): Result {
  // A short warm-up fills the page cache and lets V8 optimise; only the second run is recorded.
  spawnSync("wrk", ["-t2", `-c${connections}`, "-d3s", url], { encoding: "utf8" });
  const run = spawnSync("wrk", ["-t2", `-c${connections}`, `-d${seconds}s`, "--timeout", "10s", "--latency", url], { encoding: "utf8" });
  if (run.error || run.status !== 0) throw new Error(`wrk failed (is it installed? apt-get install wrk): ${run.error?.message ?? run.stderr}`);
  const out = run.stdout;
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(out);
  const p99 = /\s99%\s+([\d.]+)(us|ms|s)\b/.exec(out);
  if (!rps || !p99) throw new Error(`cannot read wrk's output:\n${out}`);
  const errors = [/Non-2xx or 3xx responses: \d+/.exec(out)?.[0], /Socket errors: [^\n]+/.exec(out)?.[0]].filter(Boolean).join("; ");
  return { name, bytes, requestsPerSecond: Number(rps[1]), p99Ms: toMs(p99[1]!, p99[2]!), errors };
}

async function main() {
  if (!existsSync(path.join(appDir, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"))) throw new Error(`No production build in ${appDir}: run \`npx next build\` first`);
  // The static copy must exist when the server starts (next start lists public/ once), so the page is
  // fetched from a first server, then the server restarts with its copy in public/.
  let server = await startServer();
  const page = await fetch(`${origin}${pagePath}`);
  const html = await page.text();
  await stopServer(server);
  if (page.status !== 200) throw new Error(`${pagePath} answered ${page.status}: is the record seeded?`);
  mkdirSync(publicDir, { recursive: true });
  writeFileSync(staticFile, html);
  const results: Result[] = [];
  try {
    server = await startServer();
    const bytes = Buffer.byteLength(html);
    results.push(wrk(`static file /${staticName}`, `${origin}/${staticName}`, bytes));
    results.push(wrk(pagePath, `${origin}${pagePath}`, bytes));
    const answer = await fetch(`${origin}${pagePath}`);
    const cache = answer.headers.get("x-expediente-cache") ? `proxy copy (${answer.headers.get("x-expediente-cache")})` : (answer.headers.get("x-nextjs-cache") ?? "none (rendered per request)");
    await stopServer(server);
    console.log(`\n${appDir === ROOT ? "this checkout" : appDir}: wrk -t2 -c${connections} -d${seconds}s, cache of the page: ${cache}\n`);
    console.log("| target | bytes | requests/s | p99 | errors |\n|---|---|---|---|---|");
    for (const r of results) console.log(`| ${r.name} | ${r.bytes} | ${r.requestsPerSecond.toFixed(0)} | ${r.p99Ms.toFixed(1)} ms | ${r.errors || "none"} |`);
    console.log(`\npage / static file: ${(results[1]!.requestsPerSecond / results[0]!.requestsPerSecond).toFixed(2)} × (bar: ≥ 0.8 ×, p99 < 100 ms)`);
  } finally {
    removeStaticCopy();
    await stopServer(server);
  }
}

main().catch((error: unknown) => {
  removeStaticCopy();
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
