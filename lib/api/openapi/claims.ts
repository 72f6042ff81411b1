// The open dataset through the API: every published claim with its citations, cursor-paged.
import { ALL_CLAIM_PROPERTIES, CLAIM_NATURES, CLAIM_RANKS, claimValueSchema } from "../../claims/claim-schema";
import { errorResponse, jsonResponse, KIND_WORDS, ref, type OpenApiModule } from "./shared";

const nullableString = { type: ["string", "null"] };
const path = { type: "string", format: "uri-reference", description: "The reader page's path" };

const claimRecord = {
  type: "object",
  required: ["entry", "id", "property", "value", "valueText", "qualifiers", "assertedBy", "nature", "rank", "deprecationReason", "note", "citations"],
  additionalProperties: false,
  properties: {
    entry: {
      type: "object",
      description: "The published entry holding the claim, and the revision the claim comes from",
      required: ["kind", "slug", "title", "url", "revision", "publishedAt"],
      additionalProperties: false,
      properties: {
        kind: { type: "string", enum: KIND_WORDS },
        slug: { type: "string" },
        title: { type: "string" },
        url: path,
        revision: { type: "integer", minimum: 1 },
        publishedAt: { type: "string", format: "date-time" },
      },
    },
    id: { type: "string", description: "The claim's id within the entry, the same across revisions" },
    property: { type: "string", enum: ALL_CLAIM_PROPERTIES },
    value: ref("ClaimValue"),
    valueText: { type: "string", description: "The value as readers see it (a range as low–high, an actor by name)" },
    qualifiers: {
      type: ["object", "null"],
      additionalProperties: false,
      properties: { category: { type: "string" }, asOf: ref("PartialDate") },
    },
    assertedBy: {
      type: ["object", "null"],
      description: "The actor who asserts the claim; name is null when that actor is not published",
      required: ["slug", "name", "url"],
      additionalProperties: false,
      properties: { slug: { type: "string" }, name: nullableString, url: path },
    },
    nature: { type: "string", enum: CLAIM_NATURES },
    rank: { type: "string", enum: CLAIM_RANKS, description: "As in Wikidata: a deprecated claim is kept with its reason" },
    deprecationReason: nullableString,
    note: nullableString,
    citations: {
      type: "array",
      items: {
        type: "object",
        required: ["source", "locator", "quote"],
        additionalProperties: false,
        properties: {
          source: ref("Reference"),
          locator: nullableString,
          quote: nullableString,
        },
      },
    },
  },
};

/** A referenced entry: linked while public; once withdrawn, its last published name, the date and the public reason, and no URL. */
export const referenceSchema = {
  type: "object",
  description:
    "The entry a citation (or a claim) refers to. title is null when that entry is not public; a withdrawn entry keeps its last published title, says withdrawn: true with the date and public reason, and has no url (its address answers 410 with the notice)",
  required: ["slug", "title", "url", "withdrawn"],
  additionalProperties: false,
  properties: {
    slug: { type: "string" },
    title: nullableString,
    url: { type: ["string", "null"], format: "uri-reference", description: "The reader page's path; null when the entry was withdrawn" },
    withdrawn: { type: "boolean" },
    withdrawnAt: { type: "string", format: "date-time" },
    withdrawnReason: { type: "string", description: "The public reason given when it was withdrawn" },
  },
};

export const claimsApi: OpenApiModule = {
  paths: {
    "/api/v1/claims": {
      get: {
        operationId: "listClaims",
        summary: "Published claims with their citations, in a stable order, cursor-paged",
        description:
          "One object per claim of a published, not withdrawn entry (its published revision only). The same data as /data/claims.csv, which has one row per claim and citation; /data documents every field.",
        parameters: [
          {
            name: "cursor",
            in: "query",
            description: "`nextCursor` of the previous page",
            // What listClaimsQuerySchema accepts (lib/open-data/list-claims-page.ts): base64url, at most 400 characters.
            schema: { type: "string", maxLength: 400, pattern: "^[A-Za-z0-9_-]+$" },
          },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 500, default: 100 } },
        ],
        responses: {
          "200": jsonResponse("A page of claims; nextCursor is null on the last page", {
            type: "object",
            required: ["data", "nextCursor"],
            additionalProperties: false,
            properties: { data: { type: "array", items: ref("ClaimRecord") }, nextCursor: nullableString },
          }),
          "400": errorResponse("Invalid parameters or an unknown cursor"),
        },
      },
    },
  },
  schemas: { ClaimRecord: claimRecord, Reference: referenceSchema },
  zodSchemas: { ClaimValue: claimValueSchema },
};
