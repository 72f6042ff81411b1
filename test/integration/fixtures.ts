import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { ContentByKind } from "@/lib/entries/content-schema";
import { approveRevision } from "@/lib/review/approve-revision";
import { submitForReview } from "@/lib/review/submit-for-review";
import { saveRevision } from "@/lib/revisions/save-revision";
import type { Actor, Role } from "@/lib/users/permissions";

export function uniqueSlug(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** A user row for data-layer tests (sign-in itself is tested through authenticate and in e2e). */
export async function makeActor(role: Role): Promise<Actor> {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.example`;
  const user = await db().user.create({
    data: { email, name: `${role} ${email.slice(0, 12)}`, role, passwordHash: "!test" },
    select: { id: true, email: true, name: true, role: true },
  });
  return user;
}

export function sourceContent(slug: string, overrides: Partial<ContentByKind["source"]> = {}): ContentByKind["source"] {
  return {
    slug,
    title: `Source ${slug}`,
    sourceType: "news-article",
    authors: [],
    language: "en",
    summary: "A test source.",
    excerpts: [],
    claims: [],
    ...overrides,
  };
}

export function actorContent(slug: string, overrides: Partial<ContentByKind["actor"]> = {}): ContentByKind["actor"] {
  return {
    slug,
    title: `Actor ${slug}`,
    aliases: [],
    nature: "organisation",
    actorType: "other",
    description: "A test actor.",
    body: "",
    affiliations: [],
    claims: [],
    ...overrides,
  };
}

export async function createEntry<K extends "source" | "actor" | "event">(
  kind: K,
  content: ContentByKind[K],
  author: Actor,
): Promise<{ entryId: string; revisionId: string }> {
  const result = await saveRevision({ actor: author, kind, content, summary: "Created" });
  if (!result.ok) throw new Error(`could not create ${kind}: ${JSON.stringify(result.fieldErrors ?? result.conflict)}`);
  return { entryId: result.entryId, revisionId: result.revisionId };
}

export async function publish(entryId: string, reviewer: Actor, reason?: string) {
  const { reviewId, revisionId } = await submitForReview({ actor: reviewer, entryId });
  return approveRevision({ actor: reviewer, reviewId, revisionId, reason });
}
