// `npm run bench:lighthouse`: Lighthouse 12.2.3 (the last release that runs on Node 20) with Debian's
// chromium against the production build on the seeded record; prints the four category scores for the
// event, an actor, a source and the search page. Needs `npx next build`; runs under scripts/with-db.mjs.
//
//   BENCH_PORT (3510)  CHROME_PATH (/usr/bin/chromium)  BENCH_PATHS (comma-separated)
import { spawnSync, type ChildProcess } from "node:child_process";
import { startProductionServer } from "./start-server";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
const port = Number(process.env.BENCH_PORT ?? 3510);
const origin = `http://127.0.0.1:${port}`;
const paths = (process.env.BENCH_PATHS ?? "/events/san-miguel-del-ene-attack,/actors/militarized-communist-party-of-peru,/sources/ojo-publico-2021-05-24,/search?q=ene").split(",");

function startServer(): Promise<ChildProcess> {
  return startProductionServer({ port });
}

async function main() {
  const server = await startServer();
  const out = mkdtempSync(path.join(tmpdir(), "expediente-lighthouse-"));
  try {
    console.log("| page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|");
    for (const [i, pagePath] of paths.entries()) {
      await fetch(`${origin}${pagePath}`); // store the proxy's copy first, as a reader before would have
      const report = path.join(out, `${i}.json`);
      const run = spawnSync(
        process.execPath,
        [
          path.join(ROOT, "node_modules", "lighthouse", "cli", "index.js"),
          `${origin}${pagePath}`,
          "--quiet",
          "--output=json",
          `--output-path=${report}`,
          "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        ],
        { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" }, encoding: "utf8" },
      );
      if (run.status !== 0) throw new Error(`lighthouse failed on ${pagePath}: ${run.stderr.slice(-1000)}`);
      const { categories } = JSON.parse(readFileSync(report, "utf8")) as { categories: Record<string, { score: number | null }> };
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      console.log(`| ${pagePath} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} |`);
    }
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
