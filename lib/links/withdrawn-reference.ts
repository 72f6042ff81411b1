// What anyone is told about a reference to a withdrawn entry, written once: the withdrawal screen's promise,
// every reader surface (pages, JSON-LD, API, CSV, dossier) and the editor's flag all read their words here,
// so the promise and the rendering cannot drift apart. Pure and client-safe (the editor uses it too).
import type { EntryKindName } from "../entries/common-schema";
import { entryPath } from "../entries/kinds";
import { formatDate } from "../i18n/format";

/**
 * A reference to a withdrawn entry as readers may see it. `name` is the title of its last published
 * revision (null when an admin hid that revision: then nothing of it is public); `reason` is the public
 * reason its 410 notice gives; `noticePath` is that notice.
 */
export type WithdrawnReference = {
  kind: EntryKindName;
  slug: string;
  name: string | null;
  withdrawnAt: string;
  reason: string;
  noticePath: string;
};

/** The word that marks it wherever it appears. */
export const WITHDRAWN_MARK = "withdrawn";

const KIND_NOUN: Record<EntryKindName, string> = { event: "event", actor: "actor", source: "source" };

export function withdrawnReference({
  kind,
  slug,
  name,
  withdrawnAt,
  reason,
}: {
  kind: EntryKindName;
  slug: string;
  name: string | null;
  withdrawnAt: Date | string;
  reason: string | null;
}): WithdrawnReference {
  return {
    kind,
    slug,
    name,
    withdrawnAt: typeof withdrawnAt === "string" ? withdrawnAt : withdrawnAt.toISOString(),
    reason: reason ?? "",
    noticePath: entryPath(kind, slug),
  };
}

/** Its name as plain text: the last published name, never the slug. */
export function withdrawnName(ref: Pick<WithdrawnReference, "kind" | "name">): string {
  return ref.name ?? `A withdrawn ${KIND_NOUN[ref.kind]}`;
}

/** "7 Dec 2026", in UTC so server and browser print the same day. */
export function withdrawnOn(ref: Pick<WithdrawnReference, "withdrawnAt">): string {
  return formatDate(new Date(ref.withdrawnAt), { locale: "en", style: "date", timeZone: "UTC" });
}

/** One line of plain text (CSV, the dossier, the JSON-LD name): "Exitosa, 25 May 2021 (withdrawn)". */
export function withdrawnLabel(ref: Pick<WithdrawnReference, "kind" | "name">): string {
  return ref.name ? `${ref.name} (${WITHDRAWN_MARK})` : withdrawnName(ref);
}

/** What the reason link says, and the reason itself in words. */
export function withdrawnReasonText(ref: Pick<WithdrawnReference, "reason" | "withdrawnAt">): string {
  return `Withdrawn from the record on ${withdrawnOn(ref)}${ref.reason ? `: ${ref.reason}` : ""}`;
}

/**
 * The withdrawal screen's promise to the editor, by how a published entry refers to the entry being
 * withdrawn. Each sentence describes what `WithdrawnReferenceView` and `withdrawnLabel` render.
 */
export function afterWithdrawalPromise({ relation, detail }: { relation: string; detail: string }): string {
  const shown = `last published name as plain text without a link, marked “${WITHDRAWN_MARK}”, with the public reason one click away`;
  if (relation === "cites") return `the citation stays, showing the source's ${shown}`;
  if (detail === "body") return `the name in the text stays, showing its ${shown}`;
  return `the name stays, showing its ${shown}`;
}

/** The editor's flag at a citation: `cites “Exitosa, 25 May 2021”, withdrawn on 7 Dec 2026: keep, replace or remove`. */
export function withdrawnCitationFlag(ref: Pick<WithdrawnReference, "kind" | "name" | "withdrawnAt">): string {
  const verb = ref.kind === "source" ? "cites" : "names";
  return `${verb} “${withdrawnName(ref)}”, withdrawn on ${withdrawnOn(ref)}: keep, replace or remove`;
}

/** The message next to a field that newly refers to a withdrawn entry. */
export function newWithdrawnReferenceMessage(ref: Pick<WithdrawnReference, "kind" | "name" | "withdrawnAt">): string {
  return `“${withdrawnName(ref)}” was withdrawn from the record on ${withdrawnOn(ref)}: choose another ${KIND_NOUN[ref.kind]}. Only citations the entry already had may stay.`;
}
