// Loads demo users (embedded default database, or SEED_DEMO_USERS=1) and, into an empty database,
// the seeded record. Idempotent: run on every start.
import { hash } from "@node-rs/argon2";
import { db } from "../../lib/db";
import { loadRecord } from "./load-record";
import { seedRecord } from "./record";
import type { DemoAuthor } from "./types";

export const DEMO_PASSWORD = "expediente-demo";
const DEMO_USERS: { key: DemoAuthor; email: string; name: string; role: "EDITOR" | "REVIEWER" | "ADMIN" }[] = [
  { key: "editor", email: "editor@example.com", name: "Elena Editor", role: "EDITOR" },
  { key: "editor2", email: "editor2@example.com", name: "Mateo Editor", role: "EDITOR" },
  { key: "reviewer", email: "reviewer@example.com", name: "Rosa Reviewer", role: "REVIEWER" },
  { key: "admin", email: "admin@example.com", name: "Ana Admin", role: "ADMIN" },
];
// The seeded history is authored by these people; without demo accounts they exist as inactive users.
const SEED_AUTHOR_PASSWORD_HASH = "!disabled";

async function ensureSeedUsers(withDemoLogins: boolean): Promise<Record<DemoAuthor, string>> {
  const ids = {} as Record<DemoAuthor, string>;
  const demoHash = withDemoLogins ? await hash(DEMO_PASSWORD) : SEED_AUTHOR_PASSWORD_HASH;
  for (const user of DEMO_USERS) {
    const existing = await db().user.findUnique({ where: { email: user.email }, select: { id: true } });
    ids[user.key] =
      existing?.id ??
      (
        await db().user.create({
          data: { email: user.email, name: user.name, role: user.role, passwordHash: demoHash, isActive: withDemoLogins },
          select: { id: true },
        })
      ).id;
  }
  return ids;
}

async function main() {
  const withDemoLogins = process.env.EXPEDIENTE_EMBEDDED_DB === "1" || process.env.SEED_DEMO_USERS === "1";
  const hasEntries = (await db().entry.count()) > 0;
  const hasUsers = (await db().user.count()) > 0;
  if (hasEntries && (hasUsers || !withDemoLogins)) return;
  const users = await ensureSeedUsers(withDemoLogins);
  if (hasEntries) return;
  const startedAt = Date.now();
  const count = await loadRecord(seedRecord, users);
  console.error(`[seed] loaded the San Miguel del Ene record: ${count} entries in ${Date.now() - startedAt} ms`);
}

main()
  .then(() => db().$disconnect())
  .catch(async (error: unknown) => {
    console.error(`expediente: seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    await db().$disconnect();
    process.exit(1);
  });
