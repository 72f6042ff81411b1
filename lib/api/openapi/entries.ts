// The public read API: the list of published entries, one entry, its corrections log.
import { ALL_CLAIM_PROPERTIES } from "../../claims/claim-schema";
import { citationSchema, partialDateSchema } from "../../entries/common-schema";
import { claimSchema } from "../../claims/claim-schema";
import { actorContentSchema } from "../../entries/actor-schema";
import { eventContentSchema } from "../../entries/event-schema";
import { publicSourceContentSchema } from "../../entries/public-projection";
import { referenceSchema } from "./claims";
import { errorResponse, jsonResponse, KIND_WORDS, kindPathParameter, movedResponse, ref, slugPathParameter, type OpenApiModule } from "./shared";

const dateTime = { type: "string", format: "date-time" };

const listedEntry = {
  type: "object",
  required: ["kind", "slug", "title", "revision", "publishedAt", "url"],
  additionalProperties: false,
  properties: {
    kind: { type: "string", enum: KIND_WORDS },
    slug: { type: "string" },
    title: { type: "string" },
    revision: { type: "integer", minimum: 1, description: "Number of the published revision" },
    publishedAt: { ...dateTime, description: "When that revision was published" },
    url: { type: "string", format: "uri-reference", description: "The reader page's path" },
  },
};

const figure = {
  type: "object",
  required: ["property", "isDisputed", "preferredClaimId", "claimIds"],
  additionalProperties: false,
  description: "What the claims on one property add up to; numeric properties (e.g. the death toll) with their low, high and conservative (lowest) figure",
  properties: {
    property: { type: "string", enum: ALL_CLAIM_PROPERTIES },
    isDisputed: { type: "boolean", description: "Non-deprecated claims disagree" },
    preferredClaimId: { type: ["string", "null"] },
    claimIds: { type: "array", items: { type: "string" } },
    low: { type: "integer" },
    high: { type: "integer" },
    conservative: { type: "integer" },
  },
};

/** One entry of a kind: the shared envelope with that kind's content. */
function entryOfKind(kind: (typeof KIND_WORDS)[number], content: string) {
  return {
    type: "object",
    required: ["kind", "slug", "url", "revision", "publishedAt", "firstPublishedAt", "reviewedBy", "content", "figures", "references"],
    additionalProperties: false,
    properties: {
      kind: { type: "string", const: kind },
      slug: { type: "string" },
      url: { type: "string", format: "uri-reference", description: "The reader page's path" },
      revision: { type: "integer", minimum: 1 },
      publishedAt: { ...dateTime, description: "When this revision was published" },
      firstPublishedAt: { ...dateTime, description: "When the entry was first published" },
      reviewedBy: { type: ["string", "null"], description: "The reviewer who published this revision" },
      content: ref(content),
      figures: { type: "array", items: ref("Figure") },
      references: {
        type: "array",
        description:
          "The entries the content refers to (citations, participants, publishers...) that readers may know of, by the slug the content uses; a withdrawn one says withdrawn: true",
        items: ref("KindReference"),
      },
    },
  };
}

const revision = {
  type: "object",
  required: ["number", "publishedAt", "summary", "changes", "isHidden"],
  additionalProperties: false,
  properties: {
    number: { type: "integer", minimum: 1 },
    publishedAt: dateTime,
    summary: { type: "string", description: 'The edit summary ("Hidden" for a hidden revision)' },
    changes: { type: "string", description: "What changed since the previous publication, in words" },
    isHidden: { type: "boolean", description: "An admin hid this revision's content; it stays listed" },
  },
};

const notFound = errorResponse("No published entry with this slug, or an unknown kind");
const withdrawn = errorResponse("The entry was withdrawn from the public record; `reason` gives the public reason");

export const entriesApi: OpenApiModule = {
  paths: {
    "/api/v1/entries": {
      get: {
        operationId: "listEntries",
        summary: "Published entries, newest publication first",
        description: "Keyset-paginated: pass the `nextCursor` of an answer as `cursor` to read the next page, until `nextCursor` is null.",
        parameters: [
          {
            name: "kind",
            in: "query",
            description: "Only entries of this kind (the plural word; nothing else is accepted)",
            schema: { type: "string", enum: KIND_WORDS },
          },
          { name: "q", in: "query", description: "Words the entry contains (accents and case ignored)", schema: { type: "string", maxLength: 200 } },
          {
            name: "updatedSince",
            in: "query",
            description: "Only entries published at or after this instant (ISO 8601 with offset)",
            schema: { type: "string", format: "date-time" },
          },
          {
            name: "cursor",
            in: "query",
            description: "`nextCursor` of the previous page",
            schema: { type: "string", maxLength: 200, pattern: "^[A-Za-z0-9_-]+$" },
          },
          { name: "limit", in: "query", description: "Entries per page", schema: { type: "integer", minimum: 1, maximum: 100, default: 50 } },
        ],
        responses: {
          "200": jsonResponse("A page of entries and the cursor of the next page (null at the end)", ref("EntryList")),
          "400": errorResponse("An invalid parameter; `issues` names each one (e.g. `kind` with the allowed values)"),
        },
      },
    },
    "/api/v1/{kind}/{slug}": {
      get: {
        operationId: "getEntry",
        summary: "One published entry with its claims, citations and summary figures",
        parameters: [kindPathParameter, slugPathParameter],
        responses: {
          "200": jsonResponse("The entry; its `content` follows the schema of its `kind`", ref("Entry")),
          "301": movedResponse("The entry was renamed: the same entry at its current slug"),
          "404": notFound,
          "410": withdrawn,
        },
      },
    },
    "/api/v1/{kind}/{slug}/revisions": {
      get: {
        operationId: "listEntryRevisions",
        summary: "The corrections log: published revisions, newest first",
        description: "Drafts and revisions in review never appear. A withdrawn entry answers 410.",
        parameters: [kindPathParameter, slugPathParameter],
        responses: {
          "200": jsonResponse("The entry's current slug and its published revisions", ref("RevisionList")),
          "301": movedResponse("The entry was renamed: its corrections log at the current slug"),
          "404": notFound,
          "410": withdrawn,
        },
      },
    },
  },
  schemas: {
    EntryList: {
      type: "object",
      required: ["data", "nextCursor"],
      additionalProperties: false,
      properties: { data: { type: "array", items: ref("ListedEntry") }, nextCursor: { type: ["string", "null"] } },
    },
    ListedEntry: listedEntry,
    Entry: {
      oneOf: [ref("EventEntry"), ref("ActorEntry"), ref("SourceEntry")],
      discriminator: {
        propertyName: "kind",
        mapping: { events: "#/components/schemas/EventEntry", actors: "#/components/schemas/ActorEntry", sources: "#/components/schemas/SourceEntry" },
      },
    },
    EventEntry: entryOfKind("events", "EventContent"),
    ActorEntry: entryOfKind("actors", "ActorContent"),
    SourceEntry: entryOfKind("sources", "SourceContent"),
    Figure: figure,
    RevisionList: {
      type: "object",
      required: ["slug", "data"],
      additionalProperties: false,
      properties: { slug: { type: "string" }, data: { type: "array", items: ref("Revision") } },
    },
    Revision: revision,
    KindReference: {
      ...referenceSchema,
      required: ["kind", ...referenceSchema.required],
      properties: { kind: { type: "string", enum: KIND_WORDS }, ...referenceSchema.properties },
    },
  },
  zodSchemas: {
    EventContent: eventContentSchema,
    ActorContent: actorContentSchema,
    SourceContent: publicSourceContentSchema,
    Claim: claimSchema,
    Citation: citationSchema,
    PartialDate: partialDateSchema,
  },
};
