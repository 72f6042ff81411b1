import "server-only";
import type { CaptureMediaType } from "./capture-schema";

/** A capture as staff see it in the studio. */
export type StudioCapture = {
  sha256: string;
  mediaType: CaptureMediaType;
  size: number;
  capturedAt: string;
  capturedUrl: string | null;
  tool: string | null;
  note: string | null;
  isGraphic: boolean;
  isPublic: boolean;
  uploadedAt: string;
  uploadedBy: string;
  hiddenAt: string | null;
  hiddenReason: string | null;
};

export const studioCaptureSelect = {
  sha256: true,
  mediaType: true,
  size: true,
  capturedAt: true,
  capturedUrl: true,
  tool: true,
  note: true,
  isGraphic: true,
  isPublic: true,
  uploadedAt: true,
  hiddenAt: true,
  hiddenReason: true,
  uploadedBy: { select: { name: true } },
} as const;

type StudioCaptureRow = {
  sha256: string;
  mediaType: string;
  size: number;
  capturedAt: Date;
  capturedUrl: string | null;
  tool: string | null;
  note: string | null;
  isGraphic: boolean;
  isPublic: boolean;
  uploadedAt: Date;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  uploadedBy: { name: string };
};

type CaptureFactsRow = {
  sha256: string;
  mediaType: string;
  size: number;
  capturedAt: Date;
  capturedUrl: string | null;
  tool: string | null;
  isGraphic: boolean;
};

/** What every view of a capture shows, readers' and the studio's alike. */
export function captureFacts(row: CaptureFactsRow) {
  return {
    sha256: row.sha256,
    mediaType: row.mediaType as CaptureMediaType,
    size: row.size,
    capturedAt: row.capturedAt.toISOString(),
    capturedUrl: row.capturedUrl,
    tool: row.tool,
    isGraphic: row.isGraphic,
  };
}

export function toStudioCapture(row: StudioCaptureRow): StudioCapture {
  return {
    ...captureFacts(row),
    note: row.note,
    isPublic: row.isPublic,
    uploadedAt: row.uploadedAt.toISOString(),
    uploadedBy: row.uploadedBy.name,
    hiddenAt: row.hiddenAt?.toISOString() ?? null,
    hiddenReason: row.hiddenReason,
  };
}

/**
 * A capture as readers see it: public, not hidden, cited by a published source. The editor's note and
 * who uploaded it stay in the studio.
 */
export type PublicCapture = {
  sha256: string;
  mediaType: CaptureMediaType;
  size: number;
  capturedAt: string;
  capturedUrl: string | null;
  tool: string | null;
  isGraphic: boolean;
  downloadPath: string;
  citedIn: { kind: "source"; slug: string; title: string; path: string }[];
};
