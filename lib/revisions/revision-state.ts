// The states an editor sees, named once: a revision's review state, plus a hidden revision and a withdrawn entry.
export const REVISION_STATES = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "PUBLISHED"] as const;
export type RevisionState = (typeof REVISION_STATES)[number];
export type DisplayState = RevisionState | "HIDDEN" | "WITHDRAWN";

export const STATE_LABELS: Record<DisplayState, string> = {
  DRAFT: "draft",
  IN_REVIEW: "in review",
  CHANGES_REQUESTED: "changes requested",
  PUBLISHED: "published",
  HIDDEN: "hidden",
  WITHDRAWN: "withdrawn",
};

export function isRevisionState(value: string): value is RevisionState {
  return (REVISION_STATES as readonly string[]).includes(value);
}
