// The public API's OpenAPI 3.1 document, merged from one module per group of routes. To document new
// routes, write `lib/api/openapi/<group>.ts` exporting an `OpenApiModule` (its paths, and the component
// schemas they refer to: plain JSON Schema in `schemas`, zod schemas in `zodSchemas`) and add it to
// API_MODULES below. test/integration/api-contract.test.ts then calls and validates every operation.
import { z } from "zod";
import { capturesApi } from "./openapi/captures";
import { claimsApi } from "./openapi/claims";
import { entriesApi } from "./openapi/entries";
import { healthApi } from "./openapi/health";
import { errorSchema, type JsonSchema, type OpenApiModule } from "./openapi/shared";

const API_MODULES: OpenApiModule[] = [entriesApi, claimsApi, capturesApi, healthApi];

/** Zod schemas as components, converted together so a schema used by several (a claim, a date) is one `$ref`. */
function zodComponents(schemas: Record<string, z.ZodType>): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: converted } = z.toJSONSchema(registry, { io: "output", unrepresentable: "any", uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(converted).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema;
      return [id, rest];
    }),
  );
}

function mergeInto<T>(target: Record<string, T>, source: Record<string, T>, what: string) {
  for (const [key, value] of Object.entries(source)) {
    if (key in target) throw new Error(`OpenAPI: ${what} "${key}" is defined by two modules`);
    target[key] = value;
  }
}

function buildDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, JsonSchema> = { Error: errorSchema };
  const zodSchemas: Record<string, z.ZodType> = {};
  for (const part of API_MODULES) {
    mergeInto(paths, part.paths, "path");
    mergeInto(schemas, part.schemas ?? {}, "schema");
    mergeInto(zodSchemas, part.zodSchemas ?? {}, "schema");
  }
  mergeInto(schemas, zodComponents(zodSchemas), "schema");
  return {
    openapi: "3.1.0",
    info: {
      title: "Expediente public API",
      version: "1",
      summary: "The published record: entries, their claims with citations, and their corrections logs.",
      description:
        "Published content only: drafts, reviews and archived source texts are never returned. A kind is always the plural word of the URL (`events`, `actors`, `sources`), in paths, in the `kind` filter and in answers. An old slug of a renamed entry answers 301 with the new address in `Location`.",
      license: { name: "CC BY 4.0", identifier: "CC-BY-4.0" },
    },
    // Relative: the API is served by the site that serves this document, whatever its origin.
    servers: [{ url: "/", description: "This site" }],
    // Public: no operation needs credentials.
    security: [],
    paths,
    components: { schemas },
  };
}

let built: ReturnType<typeof buildDocument> | null = null;

export function openApiDocument() {
  built ??= buildDocument();
  return built;
}
