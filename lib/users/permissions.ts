// Who may do what, in the action names of PRODUCT.md. Client-safe: the UI uses it to hide
// buttons, the data layer to decide. Rules about a subject (four eyes: "not your own change") take
// the subject as the third argument; without it such a rule answers no.
export type Role = "EDITOR" | "REVIEWER" | "ADMIN";
export type Actor = { id: string; role: Role; name: string; email: string };

/**
 * Scripts run by someone with shell access to the server (the first admin of a production database).
 * It may manage users and nothing else; the audit log records it as the command line (no user id).
 */
export const SYSTEM_ACTOR = { kind: "system", name: "Command line" } as const;
export type SystemActor = typeof SYSTEM_ACTOR;

export type Action =
  "read-drafts" | "edit" | "review" | "approve" | "approve-own" | "withdraw" | "hide-revision" | "manage-users" | "read-audit" | "export-record";

/** A change waiting for approval: everyone who authored a revision since the last published one. */
export type Change = { authorIds: readonly string[] };

const RANK: Record<Role, number> = { EDITOR: 1, REVIEWER: 2, ADMIN: 3 };
const MINIMUM_ROLE: Record<Action, Role> = {
  "read-drafts": "EDITOR",
  edit: "EDITOR",
  review: "REVIEWER",
  approve: "REVIEWER",
  "approve-own": "ADMIN",
  withdraw: "REVIEWER",
  "hide-revision": "ADMIN",
  "manage-users": "ADMIN",
  "read-audit": "REVIEWER",
  // The whole database, history and audit log included: only admins take it off the server.
  "export-record": "ADMIN",
};

export function isSystemActor(actor: Actor | SystemActor | null | undefined): actor is SystemActor {
  return Boolean(actor && "kind" in actor && actor.kind === "system");
}

/** Whether `actor` authored part of `change` (an admin may then approve it only with a written reason). */
export function isOwnChange(actor: Actor | null | undefined, change: Change): boolean {
  return Boolean(actor && change.authorIds.includes(actor.id));
}

export function can(actor: Actor | SystemActor | null | undefined, action: Action, subject?: Change): boolean {
  if (!actor) return false;
  if (isSystemActor(actor)) return action === "manage-users";
  if (RANK[actor.role] < RANK[MINIMUM_ROLE[action]]) return false;
  // Four eyes: nobody approves a change they authored, except an admin (with a reason the caller asks for).
  if (action === "approve") return subject !== undefined && (!isOwnChange(actor, subject) || can(actor, "approve-own"));
  return true;
}
