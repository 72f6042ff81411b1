import { STATE_LABELS, type DisplayState } from "@/lib/revisions/revision-state";

// Hidden and withdrawn share the muted style: neither is in front of readers.
const BADGE_CLASS: Record<DisplayState, string> = {
  DRAFT: "badge--draft",
  IN_REVIEW: "badge--in_review",
  CHANGES_REQUESTED: "badge--changes_requested",
  PUBLISHED: "badge--published",
  HIDDEN: "badge--hidden",
  WITHDRAWN: "badge--hidden",
};

/** A revision's or an entry's state as a badge, with the one set of labels. */
export function StateBadge({ state }: { state: DisplayState }) {
  return <span className={`badge ${BADGE_CLASS[state]}`}>{STATE_LABELS[state]}</span>;
}
