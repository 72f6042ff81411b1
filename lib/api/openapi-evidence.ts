// OpenAPI path objects for the evidence and open-data endpoints; openApiDocument spreads them into `paths`.
const errorRef = { $ref: "#/components/schemas/Error" };

export const evidenceOpenApiPaths = {
  "/api/v1/claims": {
    get: {
      summary: "Published claims with their citations, in a stable order, cursor-paged",
      description:
        "One object per claim of a published, not withdrawn entry (its published revision only). The same data as /data/claims.csv, which has one row per claim and citation.",
      parameters: [
        { name: "cursor", in: "query", schema: { type: "string" }, description: "nextCursor of the previous page" },
        { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 500, default: 100 } },
      ],
      responses: {
        "200": { description: "A page of claims ({ data, nextCursor }), nextCursor null on the last page" },
        "400": { description: "Invalid parameters or unknown cursor", content: { "application/json": { schema: errorRef } } },
      },
    },
  },
} as const;
