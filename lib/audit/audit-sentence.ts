// An audit line as a sentence a person reads: who did what to which entry, with links. Client-safe, pure.
import { KIND_LABELS } from "../entries/kinds";
import type { EntryKindName } from "../entries/common-schema";
import { isPlainObject } from "../revisions/same-value";

export type AuditSubject = {
  action: string;
  actor: string | null;
  entry: { id: string; kind: EntryKindName; title: string } | null;
  /** The revision the line is about, when it still exists. */
  revisionNumber: number | null;
  detail: Record<string, unknown>;
  /** Names of the people the detail mentions by id (the user changed, the reviewer assigned). */
  people: Record<string, string>;
};

/** A piece of a sentence: plain text, or text with a link into the studio. */
export type SentencePart = { text: string; href?: string };

const VERBS: Record<string, string> = {
  "entry.create": "created",
  "revision.save": "saved",
  "review.submit": "submitted for review",
  "review.approve": "approved and published",
  "review.approve-own": "approved and published their own change to",
  "review.request-changes": "requested changes to",
  "review.schedule": "scheduled the publication of",
  "review.schedule-cancel": "cancelled the scheduled publication of",
  "review.schedule-failed": "could not publish as scheduled",
  "review.close": "closed the review of",
  "review.assign": "asked a reviewer to review",
  "revision.hide": "hid",
  "revision.unhide": "unhid",
  "entry.withdraw": "withdrew",
  "entry.republish": "published again",
};

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value : null);

function personName(subject: AuditSubject, key: string): string | null {
  const id = text(subject.detail[key]);
  return id ? (subject.people[id] ?? "a former user") : null;
}

/** ": 2 entries, 1 user and 1 capture added" from a merge's per-table counts; nothing when none of these was added. */
function importedCounts(added: unknown): string {
  const count = (table: string) => (isPlainObject(added) ? Number(added[table]) || 0 : 0);
  const parts = (
    [
      ["Entry", "entry", "entries"],
      ["User", "user", "users"],
      ["Capture", "capture", "captures"],
    ] as const
  )
    .map(([table, one, many]) => [count(table), one, many] as const)
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`);
  if (parts.length === 0) return "";
  return `: ${parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0]} added`;
}

export function auditSentence(subject: AuditSubject): SentencePart[] {
  // Lines the command line writes (npm run export, import, user:create) have no signed-in actor.
  const isSystemAction = ["review.schedule-failed", "user.create", "record.imported", "record.exported"].includes(subject.action);
  const who = subject.actor ?? (isSystemAction ? "The system" : "Someone");
  const parts: SentencePart[] = [{ text: who }];
  const entry = subject.entry;
  const entryParts = (): SentencePart[] => {
    if (!entry) return [{ text: "an entry that no longer exists" }];
    const kind = KIND_LABELS[entry.kind].one;
    const revision: SentencePart[] =
      subject.revisionNumber !== null ? [{ text: `revision ${subject.revisionNumber}`, href: `/studio/entries/${entry.id}/history` }, { text: " of " }] : [];
    return [...revision, { text: `${kind} ` }, { text: `“${entry.title}”`, href: `/studio/entries/${entry.id}` }];
  };

  switch (subject.action) {
    case "user.sign-in":
      return [...parts, { text: " signed in." }];
    case "user.sign-out":
      return [...parts, { text: " signed out everywhere." }];
    case "user.email-preference":
      return [...parts, { text: ` turned their notification e-mails ${subject.detail.isEmailEnabled === false ? "off" : "on"}.` }];
    case "user.create": {
      const role = text(subject.detail.role)?.toLowerCase();
      return [...parts, { text: ` created the account of ${personName(subject, "userId") ?? "a user"}${role ? ` (${role})` : ""}.` }];
    }
    case "user.role":
      return [...parts, { text: ` made ${personName(subject, "userId") ?? "a user"} ${String(subject.detail.role ?? "").toLowerCase() || "something else"}.` }];
    case "user.active":
      return [...parts, { text: ` ${subject.detail.isActive === false ? "deactivated" : "reactivated"} ${personName(subject, "userId") ?? "a user"}.` }];
    case "user.password":
      return [...parts, { text: ` set a new password for ${personName(subject, "userId") ?? "a user"}.` }];
    case "record.exported":
      return [...parts, { text: " exported the whole record." }];
    case "record.imported": {
      const what = subject.detail.isRestore === true ? "restored an exported record into this empty database" : "merged an exported record into this one";
      // The chain of custody: an import that skipped the signature check says so wherever it is read.
      const verification = subject.detail.verification;
      const unverified = isPlainObject(verification) && verification.method === "unverified" ? ", without checking where it came from (--unverified)" : "";
      return [...parts, { text: ` ${what}${importedCounts(subject.detail.added)}${unverified}.` }];
    }
    case "review.assign":
      return [...parts, { text: ` asked ${personName(subject, "reviewerId") ?? "a reviewer"} to review ` }, ...entryParts(), { text: "." }];
  }

  const verb = VERBS[subject.action] ?? `did “${subject.action}” to`;
  const sentence: SentencePart[] = [...parts, { text: ` ${verb} ` }, ...entryParts()];
  const reason = text(subject.detail.reason);
  const publishAt = text(subject.detail.publishAt);
  if (subject.action === "review.schedule" && publishAt) sentence.push({ text: ` for ${publishAt.replace("T", " ").slice(0, 16)} UTC` });
  if (subject.action === "revision.save" && subject.detail.isMerged === true) sentence.push({ text: " (merged with a concurrent save)" });
  if (subject.action === "review.request-changes" && text(subject.detail.field)) sentence.push({ text: ` (about the field ${String(subject.detail.field)})` });
  if (subject.detail.cause === "withdrawal") sentence.push({ text: " because the entry was withdrawn" });
  if (subject.action === "entry.republish") sentence.push({ text: " after its withdrawal" });
  sentence.push({ text: reason ? `. Reason: “${reason}”` : "." });
  return sentence;
}

/** The whole sentence as plain text (tests, titles). */
export function auditSentenceText(subject: AuditSubject): string {
  return auditSentence(subject)
    .map((p) => p.text)
    .join("");
}
