// Client-safe: what the studio's capture routes answer (app/api/studio/capture-uploads and
// app/api/studio/captures/**). The routes type their answers with these schemas and the editor's captures
// field parses them, so a renamed field fails the typecheck on one side or the parse on the other.
import "../zod-config";
import { z } from "zod";
import type { StudioCapture } from "./capture-dto";
import { CAPTURE_MEDIA_TYPES } from "./capture-schema";

export const studioCaptureSchema = z.object({
  sha256: z.string(),
  mediaType: z.enum(CAPTURE_MEDIA_TYPES),
  size: z.number(),
  capturedAt: z.string(),
  capturedUrl: z.string().nullable(),
  tool: z.string().nullable(),
  note: z.string().nullable(),
  isGraphic: z.boolean(),
  isPublic: z.boolean(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
  hiddenAt: z.string().nullable(),
  hiddenReason: z.string().nullable(),
}) satisfies z.ZodType<StudioCapture, StudioCapture>;

/** GET /api/studio/captures?sha256=a,b: the listed captures, and what the actor may do with them. */
export const studioCaptureListAnswerSchema = z.object({
  captures: z.array(studioCaptureSchema),
  canChangeVisibility: z.boolean(),
  canHide: z.boolean(),
});

/** POST …/visibility and …/hide: the capture as it is now. */
export const studioCaptureAnswerSchema = z.object({ capture: studioCaptureSchema });

/** POST /api/studio/capture-uploads: the capture, and whether the archive held its bytes already. */
export const captureUploadAnswerSchema = z.object({ capture: studioCaptureSchema, isDuplicate: z.boolean() });
