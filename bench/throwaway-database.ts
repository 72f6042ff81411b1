import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { migrate, ROOT } from "../scripts/db.mjs";

/** Creates (or recreates) database `name` next to `serverUrl`'s, migrated and seeded with the record; returns its URL. */
export async function throwawayDatabase(serverUrl: string, name: string): Promise<string> {
  const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  await migrate(url, { log: () => {} });
  const seeded = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "prisma", "seed", "run.ts")], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: url },
    cwd: ROOT,
  });
  if (seeded.status !== 0) throw new Error("seeding the throwaway database failed");
  return url;
}

export async function dropThrowawayDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
