// What a change to someone's account means, in words: the confirmation the admin reads before saving
// and the e-mail the person gets afterwards say the same. Client-safe.
import type { Role } from "./permissions";

const ROLE_POWERS: Record<Role, string> = {
  EDITOR: "write and submit changes, but not approve, publish, withdraw or manage users",
  REVIEWER: "approve and publish other people's changes, request changes, withdraw entries and read the audit log",
  ADMIN: "approve and publish (their own changes too, with a reason), hide revisions, and invite, change and deactivate users",
};

export const ROLE_LABELS: Record<Role, string> = { EDITOR: "Editor", REVIEWER: "Reviewer", ADMIN: "Admin" };

export function roleChangeConsequence(name: string, role: Role): string {
  return `${name} will be able to ${ROLE_POWERS[role]}. Their open sessions end; they sign in again.`;
}

export function activityChangeConsequence(name: string, isActive: boolean): string {
  return isActive ? `${name} will be able to sign in again, as before.` : `${name} will be signed out and unable to sign in.`;
}

/** The e-mail to the person whose account changed. */
export function accountChangeEmail(change: { role: Role } | { isActive: boolean }, { adminName }: { adminName: string }) {
  if ("role" in change) {
    return {
      subject: `Your Expediente role is now ${ROLE_LABELS[change.role].toLowerCase()}`,
      text: `${adminName} changed your role in the Expediente studio to ${ROLE_LABELS[change.role].toLowerCase()}: you can now ${ROLE_POWERS[change.role]}.\n\nYou were signed out; sign in again to continue.`,
    };
  }
  return change.isActive
    ? { subject: "Your Expediente account is active again", text: `${adminName} reactivated your account in the Expediente studio. You can sign in again.` }
    : {
        subject: "Your Expediente account was deactivated",
        text: `${adminName} deactivated your account in the Expediente studio. You were signed out and can no longer sign in.\n\nIf you think this is a mistake, ask an administrator.`,
      };
}
