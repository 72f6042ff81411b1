import "server-only";
import type { EntryKindName } from "../entries/common-schema";
import type { ContentByKind } from "../entries/content-schema";
import type { Db, Tx } from "../db";
import { fieldLabel } from "../revisions/field-labels";
import { deriveReferences, referencedEntries } from "./derive-references";
import { keptReferenceKeys } from "./kept-references";
import { resolveReferences, type ResolvedEntry } from "./resolve-references";
import { withdrawnName, withdrawnOn } from "./withdrawn-reference";

export type IntegrityProblem = {
  kind: EntryKindName;
  slug: string;
  reason: "missing" | "unpublished" | "withdrawn";
  /** Where the content refers to it, as stored (for code); never shown to a person. */
  paths: string[];
  /** The problem in words, naming the fields as the form labels them: what a person reads. */
  message: string;
};

/** Where a reference sits, as the form labels it: "Participants › 21 › Citations › 2 › Source", "Body". */
export function referencePlaces(paths: readonly string[], kind: EntryKindName): string {
  return [...new Set(paths.map((path) => fieldLabel(path, undefined, kind)))].join("; ");
}

function problemMessage(problem: Omit<IntegrityProblem, "message">, target: ResolvedEntry | undefined, kind: EntryKindName): string {
  const where = referencePlaces(problem.paths, kind);
  if (problem.reason === "withdrawn" && target?.withdrawn) {
    return `Newly refers to the ${problem.kind} “${withdrawnName(target.withdrawn)}”, withdrawn on ${withdrawnOn(target.withdrawn)}, in ${where}: replace or remove it`;
  }
  if (problem.reason === "unpublished") return `Refers to the ${problem.kind} “${target?.slug ?? problem.slug}”, not published yet, in ${where}`;
  return `Refers to a ${problem.kind} that does not exist (“${problem.slug}”) in ${where}`;
}

/**
 * The entries a revision references that readers could not follow: missing, unpublished, or withdrawn
 * and not already referenced by the entry's published revision (that one is history: it may stay).
 */
export async function checkLinkIntegrity<K extends EntryKindName>(
  client: Db | Tx,
  { kind, content, selfId }: { kind: K; content: ContentByKind[K]; selfId: string },
): Promise<{ problems: IntegrityProblem[]; resolved: Map<string, ResolvedEntry> }> {
  const refs = deriveReferences(kind, content);
  const [resolved, kept] = await Promise.all([resolveReferences(client, referencedEntries(refs)), keptReferenceKeys(client, { entryId: selfId })]);
  const problems = new Map<string, Omit<IntegrityProblem, "message">>();
  for (const ref of refs) {
    const key = `${ref.kind}/${ref.slug}`;
    const target = resolved.get(key);
    if (target?.id === selfId) continue;
    const reason = !target ? "missing" : target.isWithdrawn ? (kept.has(key) ? null : "withdrawn") : !target.isPublished ? "unpublished" : null;
    if (!reason) continue;
    const problem = problems.get(key) ?? { kind: ref.kind, slug: ref.slug, reason, paths: [] };
    problem.paths.push(ref.path);
    problems.set(key, problem);
  }
  return {
    problems: [...problems.entries()].map(([key, p]) => ({ ...p, message: problemMessage(p, resolved.get(key), kind) })),
    resolved,
  };
}
