import "server-only";
import type pg from "pg";
import { recordAudit, type AuditInput } from "../audit/record-audit";
import { BUMP_GENERATION_SQL, PUBLIC_GENERATION_KEY } from "../cache/generation-query.mjs";
import { invalidatePublicPages } from "../cache/invalidate-public-pages";
import { bumpPublicGeneration } from "../cache/public-generation";
import { db, type Tx } from "../db";

// "What readers see changed" is one act (docs/decisions/015-one-public-change.md): the public generation
// moves in the transaction of the change, the change's audit line lands beside it, and once the
// transaction has committed this instance drops its rendered pages. Every use case that changes what
// readers see (publication, scheduled publication, "publish again", withdrawal, hiding and unhiding a
// revision, a capture's visibility and hiding, an import merge) goes through here; nothing else writes
// the generation (public-change.test.ts).

type PendingChange = { isPublicChange: boolean };

// Transactions opened by publicTransaction, with whether a public change happened inside them.
const openTransactions = new WeakMap<Tx, PendingChange>();

/**
 * Runs `write` in one transaction of the writers' pool. When it made a public change (publicChange), this
 * instance's cached pages are dropped after the commit, never before: a page rendered in between would
 * otherwise be the old one.
 */
export async function publicTransaction<T>(write: (tx: Tx) => Promise<T>): Promise<T> {
  const pending: PendingChange = { isPublicChange: false };
  const result = await db().$transaction((tx) => {
    openTransactions.set(tx, pending);
    return write(tx);
  });
  if (pending.isPublicChange) await invalidatePublicPages();
  return result;
}

/**
 * Records that what readers see changes when `tx` commits: bumps the public generation (every instance's
 * cached pages retire at the commit, docs/decisions/004-public-page-cache.md) and writes the change's
 * audit line. `tx` must come from publicTransaction, which drops this instance's pages after the commit.
 */
export async function publicChange(tx: Tx, audit: AuditInput): Promise<void> {
  const pending = openTransactions.get(tx);
  if (!pending) throw new Error("publicChange needs a transaction opened by publicTransaction, which drops cached pages after the commit");
  await bumpPublicGeneration(tx);
  await recordAudit(tx, audit);
  pending.isPublicChange = true;
}

/**
 * The same change made on the import's own connection, inside its transaction (lib/export/merge-record.ts
 * writes through `pg`, not Prisma): the same bump statement, then the audit line. The import runs from
 * the command line, so there is no instance memory to drop; the generation retires every instance's pages.
 */
export async function publicChangeOnConnection(client: pg.ClientBase, audit: Pick<AuditInput, "action" | "detail">): Promise<void> {
  await client.query(BUMP_GENERATION_SQL, [PUBLIC_GENERATION_KEY]);
  await client.query(`INSERT INTO "AuditEvent" ("actorId", "action", "detail") VALUES (NULL, $1, $2::jsonb)`, [
    audit.action,
    JSON.stringify(audit.detail ?? {}),
  ]);
}
