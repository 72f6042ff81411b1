import "server-only";
import type { EntryKindName } from "../entries/common-schema";
import type { ContentByKind } from "../entries/content-schema";
import type { Db, Tx } from "../db";
import { deriveReferences, referencedEntries } from "./derive-references";
import { resolveReferences, type ResolvedEntry } from "./resolve-references";

export type IntegrityProblem = { kind: EntryKindName; slug: string; reason: "missing" | "unpublished" | "withdrawn"; paths: string[] };

/** The entries a revision references that readers could not follow: missing, unpublished or withdrawn. */
export async function checkLinkIntegrity<K extends EntryKindName>(
  client: Db | Tx,
  { kind, content, selfId }: { kind: K; content: ContentByKind[K]; selfId: string },
): Promise<{ problems: IntegrityProblem[]; resolved: Map<string, ResolvedEntry> }> {
  const refs = deriveReferences(kind, content);
  const resolved = await resolveReferences(client, referencedEntries(refs));
  const problems = new Map<string, IntegrityProblem>();
  for (const ref of refs) {
    const key = `${ref.kind}/${ref.slug}`;
    const target = resolved.get(key);
    if (target?.id === selfId) continue;
    const reason = !target ? "missing" : target.isWithdrawn ? "withdrawn" : !target.isPublished ? "unpublished" : null;
    if (!reason) continue;
    const problem = problems.get(key) ?? { kind: ref.kind, slug: ref.slug, reason, paths: [] };
    problem.paths.push(ref.path);
    problems.set(key, problem);
  }
  return { problems: [...problems.values()], resolved };
}
