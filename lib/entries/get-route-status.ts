import "server-only";
import { db } from "../db";
import type { EntryKindName } from "./common-schema";
import { KIND_TO_DB } from "./kinds";

export type RouteStatus = { status: "ok" } | { status: "gone" } | { status: "moved"; slug: string } | { status: "missing" };

/** One indexed lookup that tells the proxy whether a public entry URL answers 200, 410 or 301. */
export async function getRouteStatus({ kind, slug }: { kind: EntryKindName; slug: string }): Promise<RouteStatus> {
  const entry = await db().entry.findUnique({
    where: { kind_slug: { kind: KIND_TO_DB[kind], slug } },
    select: { publishedRevisionId: true, withdrawnAt: true },
  });
  if (entry?.publishedRevisionId) return entry.withdrawnAt ? { status: "gone" } : { status: "ok" };
  if (entry) return { status: "missing" };
  const redirect = await db().slugRedirect.findUnique({
    where: { kind_oldSlug: { kind: KIND_TO_DB[kind], oldSlug: slug } },
    select: { entry: { select: { slug: true, publishedRevisionId: true, withdrawnAt: true } } },
  });
  if (!redirect?.entry.publishedRevisionId) return { status: "missing" };
  return redirect.entry.withdrawnAt ? { status: "gone" } : { status: "moved", slug: redirect.entry.slug };
}
