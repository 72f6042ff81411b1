// `npm run bench:lighthouse`: Lighthouse 12.2.3 (the last release that runs on Node 20) with Debian's
// chromium against the production build on the seeded record; prints the four category scores for the
// event, an actor, a source and the search page. Needs `npx next build`; runs under scripts/with-db.mjs.
//
//   BENCH_PORT (3510)  CHROME_PATH (/usr/bin/chromium)  BENCH_PATHS (comma-separated)  BENCH_RUNS (5: runs a page, median reported)
import { execFile, type ChildProcess } from "node:child_process";
import { promisify } from "node:util";
import { startProductionServer } from "./start-server";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
const port = Number(process.env.BENCH_PORT ?? 3510);
const origin = `http://127.0.0.1:${port}`;
const paths = (
  process.env.BENCH_PATHS ?? "/events/san-miguel-del-ene-attack,/actors/militarized-communist-party-of-peru,/sources/ojo-publico-2021-05-24,/search?q=ene"
).split(",");

const runs = Number(process.env.BENCH_RUNS ?? 5);

function startServer(): Promise<ChildProcess> {
  return startProductionServer({ port });
}

type LighthouseResult = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; displayValue?: string }>;
};

const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];

/** One Lighthouse run (mobile, simulated throttling: its defaults) of `pagePath`, its JSON report kept at `report`. */
async function lighthouse(pagePath: string, report: string): Promise<LighthouseResult> {
  await promisify(execFile)(
    process.execPath,
    [
      path.join(ROOT, "node_modules", "lighthouse", "cli", "index.js"),
      `${origin}${pagePath}`,
      "--quiet",
      "--output=json",
      `--output-path=${report}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" }, maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stderr?: string }) => {
    throw new Error(`lighthouse failed on ${pagePath}: ${String(error.stderr ?? error).slice(-1000)}`);
  });
  return JSON.parse(readFileSync(report, "utf8")) as LighthouseResult;
}

function whatCosts(result: LighthouseResult): string {
  const metrics = METRICS.map((id) => `${id.replace(/-/g, " ")} ${result.audits[id]?.displayValue ?? "?"}`).join(", ");
  const failing = Object.entries(result.categories).flatMap(([category, { auditRefs }]) =>
    auditRefs
      .filter((ref) => ref.weight > 0 && !METRICS.includes(ref.id) && (result.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}: ${result.audits[ref.id]?.title}`),
  );
  return [metrics, ...failing].join("; ");
}

async function main() {
  const server = await startServer();
  const notes: string[] = [];
  const out = mkdtempSync(path.join(tmpdir(), "expediente-lighthouse-"));
  try {
    console.log(`${runs} runs a page, the median run's scores (performance of each run in brackets)\n`);
    console.log("| page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|");
    for (const [i, pagePath] of paths.entries()) {
      await fetch(`${origin}${pagePath}`); // store the proxy's copy first, as a reader before would have
      // Lighthouse's own advice on variance: several runs, and the run with the median performance score.
      const results: LighthouseResult[] = [];
      for (let run = 0; run < runs; run++) results.push(await lighthouse(pagePath, path.join(out, `${i}-${run}.json`)));
      const performance = (result: LighthouseResult) => result.categories.performance?.score ?? 0;
      const median = [...results].sort((a, b) => performance(a) - performance(b))[Math.floor(results.length / 2)]!;
      const score = (id: string) => Math.round((median.categories[id]?.score ?? 0) * 100);
      const each = results.map((result) => Math.round(performance(result) * 100)).join(" / ");
      console.log(`| ${pagePath} | ${score("performance")} (${each}) | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} |`);
      notes.push(`${pagePath}: ${whatCosts(median)}`);
    }
    for (const note of notes) console.log(`- ${note}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
    await new Promise<void>((resolve) => {
      if (server.exitCode !== null) return resolve();
      server.once("exit", () => resolve());
      server.kill("SIGTERM");
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
