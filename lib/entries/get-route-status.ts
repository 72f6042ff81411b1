import "server-only";
import { readerDb } from "../db";
import type { EntryKindName } from "./common-schema";
import { KIND_TO_DB } from "./kinds";

export type RouteStatus = { status: "ok" } | { status: "gone" } | { status: "moved"; slug: string } | { status: "missing" };

// A URL's status changes only with a publication, a withdrawal or a slug change (published too), and
// each of those bumps the public generation in its transaction. So statuses are remembered for the
// generation they were read at, and forgotten the moment a newer generation is seen: one shared, tiny
// query per request instead of one lookup per URL, and never an answer older than the last commit.
const MAX_REMEMBERED = 10_000;
let rememberedAt: bigint | null = null;
const remembered = new Map<string, RouteStatus>();

/**
 * Tells the proxy whether a public entry URL answers 200, 410 or 301, as of `generation`, the public
 * generation the proxy read for this request (it checks its page copy against the same read).
 */
export async function getRouteStatus({ kind, slug, generation }: { kind: EntryKindName; slug: string; generation: bigint }): Promise<RouteStatus> {
  const key = `${kind}/${slug}`;
  if (rememberedAt === generation) {
    const known = remembered.get(key);
    if (known) return known;
  } else if (rememberedAt === null || generation > rememberedAt) {
    remembered.clear();
    rememberedAt = generation;
  }
  const status = await lookUpRouteStatus({ kind, slug });
  // Read after `generation`, so at least as new; kept only if no newer generation was seen meanwhile.
  if (rememberedAt === generation) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(key, status);
  }
  return status;
}

/** One indexed lookup (two for an old slug). */
async function lookUpRouteStatus({ kind, slug }: { kind: EntryKindName; slug: string }): Promise<RouteStatus> {
  const entry = await readerDb().entry.findUnique({
    where: { kind_slug: { kind: KIND_TO_DB[kind], slug } },
    select: { publishedRevisionId: true, withdrawnAt: true },
  });
  if (entry?.publishedRevisionId) return entry.withdrawnAt ? { status: "gone" } : { status: "ok" };
  if (entry) return { status: "missing" };
  const redirect = await readerDb().slugRedirect.findUnique({
    where: { kind_oldSlug: { kind: KIND_TO_DB[kind], oldSlug: slug } },
    select: { entry: { select: { slug: true, publishedRevisionId: true, withdrawnAt: true } } },
  });
  if (!redirect?.entry.publishedRevisionId) return { status: "missing" };
  return redirect.entry.withdrawnAt ? { status: "gone" } : { status: "moved", slug: redirect.entry.slug };
}
