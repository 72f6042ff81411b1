import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { getPublicRevision } from "@/lib/revisions/get-public-revision";
import { hideRevision } from "@/lib/revisions/hide-revision";
import { saveRevision } from "@/lib/revisions/save-revision";
import { unhideRevision } from "@/lib/revisions/unhide-revision";
import type { Actor } from "@/lib/users/permissions";
import { actorContent, createEntry, makeActor, publish, uniqueSlug } from "./fixtures";

let editor: Actor;
let reviewer: Actor;
let admin: Actor;

beforeAll(async () => {
  [editor, reviewer, admin] = await Promise.all([makeActor("EDITOR"), makeActor("REVIEWER"), makeActor("ADMIN")]);
});

/** A hidden first publication of an actor published twice. */
async function hiddenRevision() {
  const slug = uniqueSlug("unhide-actor");
  const first = await createEntry("actor", actorContent(slug, { description: "First text." }), editor);
  await publish(first.entryId, reviewer);
  const second = await saveRevision({
    actor: editor,
    kind: "actor",
    entryId: first.entryId,
    baseRevisionId: first.revisionId,
    content: actorContent(slug),
    summary: "Second",
  });
  if (!second.ok) throw new Error("save failed");
  await publish(first.entryId, reviewer);
  await hideRevision({ actor: admin, revisionId: first.revisionId, reason: "Personal data" });
  return { slug, revisionId: first.revisionId };
}

describe("unhiding a hidden revision", () => {
  it("brings its content back for readers and records who did it and why", async () => {
    const { slug, revisionId } = await hiddenRevision();
    expect(await getPublicRevision({ kind: "actor", slug, number: "1" })).toBeNull();
    await unhideRevision({ actor: admin, revisionId, reason: "Consent given by the person named" });
    const shown = await getPublicRevision({ kind: "actor", slug, number: "1" });
    expect(shown?.kind === "actor" && shown.content.description).toBe("First text.");
    const audit = await db().auditEvent.findFirst({ where: { revisionId, action: "revision.unhide" }, select: { actorId: true, detail: true } });
    expect(audit).toEqual({ actorId: admin.id, detail: { reason: "Consent given by the person named", hiddenFor: "Personal data" } });
    await expect(unhideRevision({ actor: admin, revisionId, reason: "Again" })).rejects.toThrow(ConflictError);
  });

  it("is for admins only, with a reason, and changes nothing otherwise", async () => {
    const { slug, revisionId } = await hiddenRevision();
    await expect(unhideRevision({ actor: reviewer, revisionId, reason: "I would like to" })).rejects.toThrow(ForbiddenError);
    await expect(unhideRevision({ actor: editor, revisionId, reason: "I would like to" })).rejects.toThrow(ForbiddenError);
    await expect(unhideRevision({ actor: admin, revisionId, reason: " " })).rejects.toThrow(ValidationError);
    await expect(unhideRevision({ actor: admin, revisionId: "not-a-uuid", reason: "Valid reason" })).rejects.toThrow("does not exist");
    expect(await getPublicRevision({ kind: "actor", slug, number: "1" })).toBeNull();
    expect(await db().auditEvent.count({ where: { revisionId, action: "revision.unhide" } })).toBe(0);
  });
});
