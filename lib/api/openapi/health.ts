import { jsonResponse, type OpenApiModule } from "./shared";

export const healthApi: OpenApiModule = {
  paths: {
    "/api/health": {
      get: {
        operationId: "getHealth",
        summary: "Whether this instance can serve: the database answers",
        description: "For load balancers and monitors. Never cached.",
        responses: {
          "200": jsonResponse("The instance and its database are up", {
            type: "object",
            required: ["status", "database"],
            additionalProperties: false,
            properties: { status: { type: "string", const: "ok" }, database: { type: "string", const: "ok" } },
          }),
          "503": jsonResponse("The database does not answer; `reason` says why", {
            type: "object",
            required: ["status", "database", "reason"],
            additionalProperties: false,
            properties: {
              status: { type: "string", const: "error" },
              database: { type: "string", const: "unreachable" },
              reason: { type: "string" },
            },
          }),
        },
      },
    },
  },
};
