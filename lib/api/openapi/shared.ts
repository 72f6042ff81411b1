// Building blocks every module of the public API's OpenAPI document uses. Client-safe: no server code.
import type { z } from "zod";
import { KIND_WORDS } from "../../entries/kinds";

export type JsonSchema = Record<string, unknown>;

/**
 * What one module of the API adds to the document: its paths and the component schemas they refer to.
 * `lib/api/openapi-document.ts` merges the modules; a name used twice is an error at build time.
 */
export type OpenApiModule = {
  paths: Record<string, Record<string, unknown>>;
  schemas?: Record<string, JsonSchema>;
  /** Zod schemas shown as components, by name (e.g. the content schemas): converted together, so shared parts become one component. */
  zodSchemas?: Record<string, z.ZodType>;
};

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The plural word of the URL contract is the only spelling of a kind the API takes or answers. */
export { KIND_WORDS };

export const kindPathParameter = {
  name: "kind",
  in: "path",
  required: true,
  description: "The kind of entry, as the plural word of the URL",
  schema: { type: "string", enum: KIND_WORDS },
};
export const slugPathParameter = {
  name: "slug",
  in: "path",
  required: true,
  description: "The entry's slug; an old slug of a renamed entry answers 301 to the new one",
  schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$", minLength: 2, maxLength: 120 },
};

/** The one error body every route answers with (lib/http/json-errors.ts). */
export const errorSchema: JsonSchema = {
  type: "object",
  required: ["error"],
  additionalProperties: false,
  properties: {
    error: {
      type: "object",
      required: ["status", "message"],
      additionalProperties: false,
      properties: {
        status: { type: "integer", minimum: 400, maximum: 599, description: "The HTTP status again" },
        message: { type: "string", minLength: 1 },
        issues: {
          type: "array",
          description: "Each invalid parameter with its name and what is wrong",
          items: {
            type: "object",
            required: ["path", "message"],
            additionalProperties: false,
            properties: { path: { type: "string" }, message: { type: "string" } },
          },
        },
        reason: { type: "string", description: "For a withdrawn entry: the public reason of the withdrawal" },
      },
    },
  },
};

export function errorResponse(description: string) {
  return { description, content: { "application/json": { schema: ref("Error") } } };
}

export function jsonResponse(description: string, schema: JsonSchema) {
  return { description, content: { "application/json": { schema } } };
}

export function movedResponse(description: string) {
  return {
    description,
    headers: {
      Location: { description: "The same resource under the entry's current slug", required: true, schema: { type: "string", format: "uri-reference" } },
    },
  };
}
