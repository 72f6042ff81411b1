import { z } from "zod";
import { actorContentSchema } from "../entries/actor-schema";
import { eventContentSchema } from "../entries/event-schema";
import { sourceContentSchema } from "../entries/source-schema";

// The API's schemas come from the same zod schemas that validate every save.
function schemaOf(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { target: "openapi-3.0", unrepresentable: "any", io: "output" }) as Record<string, unknown>;
}

const errorSchema = {
  type: "object",
  properties: {
    error: {
      type: "object",
      properties: {
        status: { type: "integer" },
        message: { type: "string" },
        issues: { type: "array", items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } } },
      },
    },
  },
};

export function openApiDocument(origin: string) {
  const kindParam = { name: "kind", in: "path", required: true, schema: { type: "string", enum: ["events", "actors", "sources"] } };
  const slugParam = { name: "slug", in: "path", required: true, schema: { type: "string" } };
  const errors = {
    "404": { description: "No published entry", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
    "410": { description: "Withdrawn", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
  };
  return {
    openapi: "3.0.3",
    info: { title: "Expediente public API", version: "1", description: "Published content only. Drafts, reviews and archived source texts are never returned." },
    servers: [{ url: origin }],
    paths: {
      "/api/v1/entries": {
        get: {
          summary: "Published entries, newest publication first",
          parameters: [
            { name: "kind", in: "query", schema: { type: "string", enum: ["events", "actors", "sources"] } },
            { name: "q", in: "query", schema: { type: "string", maxLength: 200 } },
            { name: "updatedSince", in: "query", schema: { type: "string", format: "date-time" } },
            { name: "cursor", in: "query", schema: { type: "string" } },
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 50 } },
          ],
          responses: {
            "200": { description: "A page of entries and the cursor of the next page (null at the end)" },
            "400": { description: "Invalid parameters", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
          },
        },
      },
      "/api/v1/{kind}/{slug}": {
        get: {
          summary: "One published entry with its claims, citations and summary figures",
          parameters: [kindParam, slugParam],
          responses: { "200": { description: "The entry; `content` follows EventContent, ActorContent or SourceContent" }, "301": { description: "Moved to a new slug" }, ...errors },
        },
      },
      "/api/v1/{kind}/{slug}/revisions": {
        get: { summary: "Published revisions (corrections log)", parameters: [kindParam, slugParam], responses: { "200": { description: "Revisions, newest first" }, ...errors } },
      },
      "/api/health": { get: { summary: "Health", responses: { "200": { description: "ok" }, "503": { description: "database unreachable" } } } },
    },
    components: {
      schemas: {
        EventContent: schemaOf(eventContentSchema),
        ActorContent: schemaOf(actorContentSchema),
        SourceContent: schemaOf(sourceContentSchema.omit({ archive: true })),
        Error: errorSchema,
      },
    },
  };
}
