#!/usr/bin/env node
// Usage: npm run dossier -- --out dossier.pdf [--url http://localhost:3000]
// Prints /dossier to an A4 PDF with Chromium (CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's
// own browser). Uses the server at --url, else one answering on PORT, else starts one itself (the
// production build on the database setup of npm start) and stops it afterwards.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { printDossierPdf } from "../lib/dossier/print-dossier-pdf.mjs";
import { ROOT } from "./db.mjs";

function fail(message) {
  console.error(`dossier: ${message}`);
  process.exit(1);
}

let options;
try {
  options = parseArgs({ options: { out: { type: "string" }, url: { type: "string" } } }).values;
} catch (error) {
  fail(error.message);
}
if (!options.out) fail("say where to write the PDF: npm run dossier -- --out dossier.pdf");
const out = path.resolve(options.out);

async function answers(origin) {
  try {
    return (await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startServer() {
  if (!existsSync(path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID")))
    fail("no production build: run `npx next build` (or npm start once) first");
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "with-db.mjs"), process.execPath, path.join(ROOT, "scripts", "serve.mjs")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), NEXTAUTH_URL: origin, LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 120_000;
  while (!(await answers(origin))) {
    if (child.exitCode !== null || Date.now() > deadline) fail("the server it started did not answer");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", resolve);
        child.kill("SIGTERM");
      }),
  };
}

const running = options.url ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
let server = null;
if (!(await answers(running))) {
  if (options.url) fail(`nothing answers at ${options.url}`);
  console.error("[dossier] starting the app to print the dossier...");
  server = await startServer();
}
const origin = server?.origin ?? running;

try {
  await printDossierPdf({ origin, path: out });
  console.log(`[dossier] wrote ${out}`);
} catch (error) {
  console.error(`dossier: ${error.message}`);
  process.exitCode = 1;
} finally {
  await server?.stop();
}
