import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "../db";
import type { AccountTokenPurpose } from "../generated/prisma/enums";

export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  // Long enough to reach someone over a weekend; a reset is for someone at the screen now.
  INVITATION: 7 * 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 60 * 60 * 1000,
};

export const LINK_PATH: Record<AccountTokenPurpose, string> = { INVITATION: "/login/invitation", PASSWORD_RESET: "/login/reset" };

/** 256 random bits, URL-safe. The token goes into the e-mail; the database keeps only its hash. */
export function newAccountToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashAccountToken(token) };
}

/** SHA-256 is enough for 256 random bits: there is nothing to brute-force, only a copy of the table to make useless. */
export function hashAccountToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Takes a token for its one use, inside the caller's transaction: marks it used only if it is of this
 * purpose, unused and unexpired, in one statement, so two tabs racing with the same link cannot both win.
 * Null for anything else (unknown, used, expired, another purpose): the caller says the same for all.
 */
export async function consumeAccountToken(tx: Tx, { token, purpose, now = new Date() }: { token: unknown; purpose: AccountTokenPurpose; now?: Date }) {
  if (typeof token !== "string" || !TOKEN_SHAPE.test(token)) return null;
  const tokenHash = hashAccountToken(token);
  const { count } = await tx.accountToken.updateMany({ where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (count !== 1) return null;
  return tx.accountToken.findUniqueOrThrow({
    where: { tokenHash },
    select: { id: true, email: true, role: true, userId: true, createdById: true },
  });
}

/** What a link's page shows before anything is typed: the address it is for, or null when it cannot be used. */
export async function peekAccountToken(tx: Tx, { token, purpose, now = new Date() }: { token: unknown; purpose: AccountTokenPurpose; now?: Date }) {
  if (typeof token !== "string" || !TOKEN_SHAPE.test(token)) return null;
  return tx.accountToken.findFirst({
    where: { tokenHash: hashAccountToken(token), purpose, usedAt: null, expiresAt: { gt: now } },
    select: { email: true, role: true },
  });
}
