import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runScript } from "./run-script";

// A throwaway embedded PostgreSQL on its own port and folder, started by the same script as npm start.
const dataDir = mkdtempSync(path.join(tmpdir(), "expediente-embedded-"));
const env = {
  DATABASE_URL: "",
  EMBEDDED_PG_PORT: String(54391 + Number(process.env.TEST_PORT_OFFSET ?? 0)),
  EXPEDIENTE_DATA_DIR: dataDir,
  NEXTAUTH_SECRET: undefined,
};
const marker = `written-${Date.now()}`;
const sql = (statement: string) =>
  `const pg=require('pg');const c=new pg.Client({connectionString:process.env.DATABASE_URL});` +
  `c.connect().then(()=>c.query(${JSON.stringify(statement)})).then(r=>{console.log(JSON.stringify(r.rows));return c.end()})`;

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("the embedded database", () => {
  it("keeps what one start wrote for the next start, and stops PostgreSQL on exit", async () => {
    const first = await runScript(
      ["scripts/with-db.mjs", "--no-seed", process.execPath, "-e", sql(`INSERT INTO "Setting" (key, value) VALUES ('probe', '${marker}')`)],
      env,
    );
    expect(first.stderr).toContain("initialised and started");
    expect(first.code).toBe(0);

    const second = await runScript(["scripts/with-db.mjs", "--no-seed", process.execPath, "-e", sql(`SELECT value FROM "Setting" WHERE key = 'probe'`)], env);
    expect(second.code).toBe(0);
    expect(second.stderr).not.toContain("initialised");
    expect(JSON.parse(second.stdout.trim().split("\n").at(-1)!)).toEqual([{ value: marker }]);
  });

  it("generates one session secret and keeps it with the data", async () => {
    const print = `console.log(process.env.NEXTAUTH_SECRET)`;
    const a = await runScript(["scripts/with-db.mjs", "--no-seed", process.execPath, "-e", print], env);
    const b = await runScript(["scripts/with-db.mjs", "--no-seed", process.execPath, "-e", print], env);
    expect(a.stdout.trim()).toMatch(/^[0-9a-f]{64}$/);
    expect(b.stdout.trim()).toBe(a.stdout.trim());
  });

  it("recovers after the whole process group is killed with SIGKILL", async () => {
    const child = spawn(process.execPath, ["scripts/with-db.mjs", "--no-seed", process.execPath, "-e", "setTimeout(()=>{}, 60000)"], {
      cwd: ROOT,
      env: { ...process.env, ...env, DATABASE_URL: "" },
      detached: true,
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    await expect.poll(() => stderr, { timeout: 20_000 }).toContain("started on port");
    process.kill(-child.pid!, "SIGKILL");
    await new Promise((resolve) => child.on("exit", resolve));

    const after = await runScript(["scripts/with-db.mjs", "--no-seed", process.execPath, "-e", sql(`SELECT value FROM "Setting" WHERE key = 'probe'`)], env);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain(marker);
  });
});
