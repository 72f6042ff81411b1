// How the API and the open data name an entry a published entry refers to: linked while it is public;
// once withdrawn, its last published name with `withdrawn: true`, the date and the public reason, and no
// URL (its address answers 410). One shape for /api/v1/claims, /api/v1/{kind}/{slug} and record.json.
import type { EntryKindName } from "../entries/common-schema";
import { entryPath, KIND_PATHS } from "../entries/kinds";
import { withdrawnName, type WithdrawnReference } from "../links/withdrawn-reference";

export type PublicReference = {
  slug: string;
  /** The published title; null when the entry is not public (never published, or hidden). */
  title: string | null;
  /** The reader page's path; null for a withdrawn entry. */
  url: string | null;
  withdrawn: boolean;
  withdrawnAt?: string;
  withdrawnReason?: string;
};

export function publicReference({
  kind,
  slug,
  title,
  withdrawn,
}: {
  kind: EntryKindName;
  slug: string;
  title: string | null;
  withdrawn: WithdrawnReference | undefined;
}): PublicReference {
  if (withdrawn) {
    return { slug, title: withdrawnName(withdrawn), url: null, withdrawn: true, withdrawnAt: withdrawn.withdrawnAt, withdrawnReason: withdrawn.reason };
  }
  return { slug, title, url: entryPath(kind, slug), withdrawn: false };
}

/** The same with its kind, for lists that mix kinds (an entry's references). */
export function publicKindReference(options: Parameters<typeof publicReference>[0]) {
  return { kind: KIND_PATHS[options.kind], ...publicReference(options) };
}
