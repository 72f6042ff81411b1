import Link from "next/link";
import type { EntryKindName } from "@/lib/entries/common-schema";
import { entryPath } from "@/lib/entries/kinds";
import type { LinkTarget } from "@/lib/links/get-public-link-targets";
import { withdrawnLabel } from "@/lib/links/withdrawn-reference";
import { WithdrawnReferenceView } from "./withdrawn-reference-view";

/**
 * A link to a published entry; a withdrawn one shows its last published name marked withdrawn; a
 * reference to anything else renders as plain text.
 */
export function EntryLink({ kind, slug, targets }: { kind: EntryKindName; slug: string; targets: Map<string, LinkTarget> }) {
  const target = targets.get(`${kind}/${slug}`);
  if (target?.withdrawn) return <WithdrawnReferenceView reference={target.withdrawn} />;
  if (!target) return <span className="unlinked">{slug.replace(/-/g, " ")}</span>;
  return <Link href={entryPath(target.kind, target.slug)}>{target.title}</Link>;
}

export function entryTitle(kind: EntryKindName, slug: string, targets: Map<string, LinkTarget>): string {
  const target = targets.get(`${kind}/${slug}`);
  if (target?.withdrawn) return withdrawnLabel(target.withdrawn);
  return target?.title ?? slug.replace(/-/g, " ");
}
