// What an editor says about a capture when uploading it, and what a source's content keeps of it.
// Client-safe: the upload form and the route handler parse with the same schema.
import "../zod-config";
import { z } from "zod";

/** 50 MiB: the largest capture accepted. The server stops reading at one byte more. */
export const MAX_CAPTURE_BYTES = 50 * 1024 * 1024;

export const CAPTURE_MEDIA_TYPES = ["application/pdf", "text/html", "multipart/related", "image/png", "image/jpeg", "text/plain"] as const;
export type CaptureMediaType = (typeof CAPTURE_MEDIA_TYPES)[number];

export const CAPTURE_TYPE_LABELS: Record<CaptureMediaType, string> = {
  "application/pdf": "PDF",
  "text/html": "HTML snapshot",
  "multipart/related": "MHTML snapshot",
  "image/png": "PNG screenshot",
  "image/jpeg": "JPEG screenshot",
  "text/plain": "Plain text",
};

export const SHA256_HEX = /^[0-9a-f]{64}$/;
export const sha256Schema = z.string().regex(SHA256_HEX, "A SHA-256 in lower-case hex (64 characters)");

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `${max} characters at most`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** The upload's description (sent as the query string of the upload request). */
export const captureMetadataSchema = z.object({
  capturedAt: z.union([z.iso.date({ error: "Use YYYY-MM-DD" }), z.iso.datetime({ offset: true, error: "A date and time" })]),
  capturedUrl: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^https?:\/\/[^\s]+$/i.test(v), "Only http and https addresses"),
  tool: optionalText(120),
  note: optionalText(1000),
  isGraphic: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
});
export type CaptureMetadata = z.output<typeof captureMetadataSchema>;

/**
 * A capture as a source's content lists it: the hash names the bytes, the rest is what reviewers and the
 * history compare. Adding or removing one is a revision like any other change.
 */
export const captureRefSchema = z.object({
  sha256: sha256Schema,
  mediaType: z.enum(CAPTURE_MEDIA_TYPES),
  size: z.number().int().min(1).max(MAX_CAPTURE_BYTES),
  capturedAt: z.string().max(40),
  capturedUrl: z.string().max(2000).optional(),
  tool: z.string().max(120).optional(),
  note: z.string().max(1000).optional(),
});
export type CaptureRef = z.infer<typeof captureRefSchema>;

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}
