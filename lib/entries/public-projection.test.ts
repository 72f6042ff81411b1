import { describe, expect, it } from "vitest";
import { actorContentSchema } from "./actor-schema";
import { ENTRY_KINDS } from "./common-schema";
import { eventContentSchema } from "./event-schema";
import { editorOnlyFields, publicContentSchemaByKind, toPublicEntry } from "./public-projection";
import { sourceContentSchema } from "./source-schema";

const fullSchemas = { event: eventContentSchema, actor: actorContentSchema, source: sourceContentSchema };

describe("the public projection", () => {
  it.each(ENTRY_KINDS)("declares every %s field but the editor-only ones", (kind) => {
    const publicSchema = publicContentSchemaByKind[kind];
    expect("shape" in publicSchema).toBe(true);
    const publicKeys = "shape" in publicSchema && publicSchema.shape && typeof publicSchema.shape === "object" ? Object.keys(publicSchema.shape) : [];
    const editorOnly = editorOnlyFields(kind);
    for (const field of editorOnly) expect(Object.keys(fullSchemas[kind].shape)).toContain(field);
    expect(publicKeys.sort()).toEqual(
      Object.keys(fullSchemas[kind].shape)
        .filter((field) => !editorOnly.includes(field))
        .sort(),
    );
  });

  it("keeps a source's archived text and captures from readers, and any key no schema declares", () => {
    const stored = {
      slug: "a-source",
      title: "A source",
      sourceType: "news-article",
      authors: [],
      language: "en",
      summary: "Public summary.",
      excerpts: [],
      claims: [],
      archive: { text: "Private archived text", sha256: "a".repeat(64) },
      captures: [{ sha256: "b".repeat(64), mediaType: "application/pdf", size: 10, capturedAt: "2026-12-07" }],
      stray: "Not a field",
    };
    const entry = toPublicEntry("source", stored);
    if (entry?.kind !== "source") throw new Error("not a source");
    expect(entry.content.summary).toBe("Public summary.");
    expect(JSON.stringify(entry)).not.toMatch(/Private archived text|b{64}|Not a field/);
    expect(toPublicEntry("source", { ...stored, title: "" })).toBeNull();
  });
});
