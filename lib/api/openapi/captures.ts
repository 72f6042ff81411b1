import { CAPTURE_MEDIA_TYPES } from "../../captures/capture-schema";
import { jsonResponse, ref, type OpenApiModule } from "./shared";

const sha256Parameter = {
  name: "sha256",
  in: "path",
  required: true,
  description: "SHA-256 of the file, 64 hex characters",
  schema: { type: "string", pattern: "^[0-9a-fA-F]{64}$" },
};

export const capturesApi: OpenApiModule = {
  paths: {
    "/api/v1/captures/{sha256}": {
      get: {
        operationId: "getCapture",
        summary: "A public source capture by the SHA-256 of its bytes, and the published sources citing it",
        description:
          "Answers only for a capture a reviewer made public, not hidden, and listed by the published revision of a published source; any other hash answers 404, whether the record holds it privately or not at all. The bytes are at `downloadPath` (served as an attachment). /verify asks this with a hash computed in the reader's browser.",
        parameters: [sha256Parameter],
        responses: {
          "200": jsonResponse("The capture", ref("PublicCapture")),
          "404": jsonResponse("No published capture has this hash", ref("Error")),
        },
      },
    },
    "/api/v1/captures/{sha256}/file": {
      get: {
        operationId: "getCaptureFile",
        summary: "The bytes of a public source capture, as an attachment",
        description:
          "The same captures as `/api/v1/captures/{sha256}` (its `downloadPath`): a private, hidden or uncited capture answers 404, as one the record does not hold. The content type is the one read from the bytes at upload (MHTML is served as application/octet-stream); the file name is the hash with its extension.",
        parameters: [sha256Parameter],
        responses: {
          "200": {
            description: "The capture's bytes",
            headers: {
              "Content-Disposition": { required: true, description: "attachment, named after the hash", schema: { type: "string" } },
            },
            content: Object.fromEntries(
              [...new Set(CAPTURE_MEDIA_TYPES.map((type) => (type === "multipart/related" ? "application/octet-stream" : type)))].map((type) => [
                type,
                { schema: { type: "string", contentMediaType: type } },
              ]),
            ),
          },
          "404": jsonResponse("No published capture has this hash", ref("Error")),
        },
      },
    },
  },
  schemas: {
    PublicCapture: {
      type: "object",
      required: ["sha256", "mediaType", "size", "capturedAt", "capturedUrl", "tool", "isGraphic", "downloadPath", "citedIn"],
      additionalProperties: false,
      properties: {
        sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
        mediaType: { type: "string", enum: [...CAPTURE_MEDIA_TYPES], description: "Read from the file's bytes when it was uploaded" },
        size: { type: "integer", minimum: 1, description: "Bytes" },
        capturedAt: { type: "string", format: "date-time", description: "When the capture was taken, as the editor recorded it" },
        capturedUrl: { type: ["string", "null"], description: "The address it was captured from" },
        tool: { type: ["string", "null"], description: "What made the capture" },
        isGraphic: { type: "boolean", description: "Flagged as graphic: pages blur it until the reader chooses to see it" },
        downloadPath: { type: "string", description: "Where its bytes are served" },
        citedIn: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            required: ["kind", "slug", "title", "path"],
            additionalProperties: false,
            properties: {
              kind: { type: "string", const: "source" },
              slug: { type: "string" },
              title: { type: "string" },
              path: { type: "string" },
            },
          },
        },
      },
    },
  },
};
