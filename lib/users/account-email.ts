import "server-only";
import { logger } from "../logger";
import { sendMail } from "../notifications/send-mail";
import { siteUrl } from "../site-url";

// The e-mails about a person's own account. Sent directly, not through the job queue: a queued job
// would keep the link (the token itself) in the database, and these are few.

const ROLE_WORDS = { EDITOR: "an editor", REVIEWER: "a reviewer", ADMIN: "an administrator" } as const;
export type RoleName = keyof typeof ROLE_WORDS;

export function roleWords(role: RoleName): string {
  return ROLE_WORDS[role];
}

export function invitationEmail({ inviterName, role, link }: { inviterName: string; role: RoleName; link: string }) {
  return {
    subject: "You are invited to the Expediente studio",
    text: [
      `${inviterName} invites you to the Expediente studio as ${roleWords(role)}.`,
      "",
      "Choose your name and password here (the link works once, for 7 days):",
      link,
      "",
      "If you did not expect this, ignore this e-mail: no account exists until the link is used.",
    ].join("\n"),
  };
}

export function passwordResetEmail({ link }: { link: string }) {
  return {
    subject: "Reset your Expediente password",
    text: [
      "Someone (we hope you) asked to reset the password of your Expediente studio account.",
      "",
      "Choose a new password here (the link works once, for one hour):",
      link,
      "",
      "If it was not you, ignore this e-mail: your password stays as it is.",
    ].join("\n"),
  };
}

export function accountLink(path: string, token: string): string {
  return `${siteUrl()}${path}/${token}`;
}

/** Sends and reports whether it went; a refused or unreachable mail server is logged, never thrown. */
export async function sendAccountEmail(message: { to: { name: string; address: string }; subject: string; text: string }): Promise<boolean> {
  try {
    return await sendMail(message);
  } catch (error) {
    logger.error({ err: error, subject: message.subject }, "account e-mail not sent");
    return false;
  }
}
