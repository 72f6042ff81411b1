// Who may do what, in the action names of PRODUCT.md. Client-safe: the UI uses it to hide
// buttons, the data layer to decide. Own-change rules need facts the caller passes in.
export type Role = "EDITOR" | "REVIEWER" | "ADMIN";
export type Actor = { id: string; role: Role; name: string; email: string };

export type Action =
  | "read-drafts"
  | "edit"
  | "review"
  | "approve-own"
  | "withdraw"
  | "hide-revision"
  | "manage-users"
  | "read-audit";

const RANK: Record<Role, number> = { EDITOR: 1, REVIEWER: 2, ADMIN: 3 };
const MINIMUM_ROLE: Record<Action, Role> = {
  "read-drafts": "EDITOR",
  edit: "EDITOR",
  review: "REVIEWER",
  "approve-own": "ADMIN",
  withdraw: "REVIEWER",
  "hide-revision": "ADMIN",
  "manage-users": "ADMIN",
  "read-audit": "REVIEWER",
};

export function can(actor: Actor | null | undefined, action: Action): boolean {
  if (!actor) return false;
  return RANK[actor.role] >= RANK[MINIMUM_ROLE[action]];
}

/** Four eyes: a reviewer may approve only changes nobody among `authorIds` is; an admin may, with a reason. */
export function canApprove(actor: Actor | null | undefined, authorIds: readonly string[]): "yes" | "with-reason" | "no" {
  if (!can(actor, "review")) return "no";
  if (!authorIds.includes(actor!.id)) return "yes";
  return can(actor, "approve-own") ? "with-reason" : "no";
}
