import { describe, expect, it } from "vitest";
import { emptyContent, REQUIRED_STRINGS, toContent, validateDraft } from "./form-model";

describe("the form model reads the schemas", () => {
  it("builds an empty entry of each kind from its schema, with the editor's suggested choices", () => {
    expect(emptyContent("event")).toEqual({
      slug: "",
      title: "",
      body: "",
      claims: [],
      aliases: [],
      eventType: { category: "Violence against civilians", subtype: "Attack" },
      date: { start: { precision: "day" } },
      place: { name: "", precision: "exact" },
      summary: "",
      grade: "fair",
      investigation: { status: "unknown" },
      participants: [],
      timeline: [],
      related: [],
    });
    expect(emptyContent("actor")).toEqual({
      slug: "",
      title: "",
      body: "",
      claims: [],
      aliases: [],
      nature: "organisation",
      actorType: "other",
      description: "",
      affiliations: [],
    });
    expect(emptyContent("source")).toEqual({
      slug: "",
      title: "",
      claims: [],
      sourceType: "news-article",
      authors: [],
      language: "es",
      summary: "",
      excerpts: [],
    });
  });

  it("knows every required text field from the schemas, and no optional one", () => {
    for (const key of ["slug", "title", "name", "subtype", "text", "source", "actor", "event", "language", "summary", "body", "description"]) {
      expect(REQUIRED_STRINGS.has(key), key).toBe(true);
    }
    for (const key of [
      "note",
      "locator",
      "quote",
      "lang",
      "url",
      "archiveUrl",
      "accessed",
      "publisher",
      "originator",
      "wikidataId",
      "localTime",
      "utcOffset",
      "deprecationReason",
    ]) {
      expect(REQUIRED_STRINGS.has(key), key).toBe(false);
    }
  });

  it("sends an empty required field, for the schema's message, and leaves an empty optional one out", () => {
    const content = toContent({ ...emptyContent("source"), url: "", publisher: "" });
    expect(content).not.toHaveProperty("url");
    expect(content).not.toHaveProperty("publisher");
    expect(content).toHaveProperty("title", "");
    expect(validateDraft("source", emptyContent("source"))).toMatchObject({ slug: expect.any(Array), title: expect.any(Array) });
  });
});
