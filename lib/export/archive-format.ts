// The export archive's format (docs/export-format.md): which tables, in which order, sorted how.
export const EXPORT_FORMAT = "expediente-export";
export const EXPORT_FORMAT_VERSION = 3;
/** Versions this Expediente reads: 2 is 3 without `signature.json` (exports made before archives were signed). */
export const READABLE_FORMAT_VERSIONS = [2, 3];

export type ExportTable = {
  table: string;
  /** ORDER BY of the dump: stable, and parents before children where a table refers to itself. */
  orderBy: string;
  /** Columns that refer to rows of a later table: inserted as NULL, then set once those rows exist. */
  deferredColumns?: string[];
  /** Rows per FETCH and per INSERT, when not the default: capture chunks are 1 MiB each (2 MiB as JSON hex). */
  batchRows?: number;
  /** Columns holding a user's id (with or without a foreign key): a merge rewrites them to the user they map to. */
  userColumns?: string[];
};

// Insertion order follows the foreign keys. Autosaves, presence and sign-in throttling are per-instance
// working state, not the record: they are not exported.
export const EXPORT_TABLES: ExportTable[] = [
  { table: "User", orderBy: `"id"` },
  { table: "Entry", orderBy: `"id"`, deferredColumns: ["latestRevisionId", "publishedRevisionId"] },
  // A revision's parent is an earlier revision of the same entry.
  { table: "Revision", orderBy: `"entryId", "number"`, userColumns: ["authorId", "publishedById", "hiddenById"] },
  { table: "SlugRedirect", orderBy: `"kind", "oldSlug"` },
  { table: "Review", orderBy: `"id"`, userColumns: ["submittedById", "decidedById", "reviewerId"] },
  { table: "ReviewComment", orderBy: `"id"`, userColumns: ["authorId"] },
  { table: "Link", orderBy: `"fromEntryId", "toEntryId", "relation", "detail"` },
  { table: "AuditEvent", orderBy: `"id"`, userColumns: ["actorId"] },
  { table: "SearchDocument", orderBy: `"entryId"` },
  { table: "Setting", orderBy: `"key"` },
  // Source captures: metadata, then the bytes, 1 MiB a row (bytea as "\\x…" hex), a few rows at a time.
  { table: "Capture", orderBy: `"sha256"`, userColumns: ["uploadedById", "hiddenById"] },
  { table: "CaptureChunk", orderBy: `"captureId", "index"`, batchRows: 4 },
];

export type ManifestPart = { path: string; table: string; rows: number; bytes: number; sha256: string };

export type Manifest = {
  format: typeof EXPORT_FORMAT;
  version: number;
  /** Names of the migrations the exporting database had applied: an import needs the same schema. */
  migrations: string[];
  withSecrets: boolean;
  parts: ManifestPart[];
};

export const MANIFEST_PATH = "manifest.json";
/** The exporting instance's Ed25519 signature of manifest.json's bytes (archive-signature.ts). */
export const SIGNATURE_PATH = "signature.json";
export const partPath = (table: string) => `data/${table}.ndjson`;
/** What a user row holds instead of a password hash when the export was made without secrets. */
export const NO_PASSWORD = "!exported-without-password";

/** An archive or a database the import refuses; nothing has been written when it is thrown. */
export class ImportRefusedError extends Error {}
