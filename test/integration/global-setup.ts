import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { migrate } from "../../scripts/db.mjs";
import { TEST_DATABASE, testDatabaseUrl } from "./test-database";

const ROOT = path.resolve(import.meta.dirname, "../..");

export default async function setup() {
  const serverUrl = process.env.DATABASE_URL;
  const url = testDatabaseUrl(serverUrl);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEST_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEST_DATABASE}`);
  await admin.end();
  await migrate(url, { log: () => {} });
  const seeded = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed/run.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, SEED_DEMO_USERS: "1", EXPEDIENTE_EMBEDDED_DB: "0" },
    encoding: "utf8",
  });
  if (seeded.status !== 0) throw new Error(`seeding the test database failed:\n${seeded.stderr}`);
}
