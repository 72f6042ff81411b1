import "server-only";
import nodemailer from "nodemailer";
import { mailSettings } from "../env";

// Generous for a real server, short enough that a stalled one releases the worker within a minute.
// SMTP_URL may set its own (nodemailer reads options from the query string: ?socketTimeout=60000).
const TIMEOUTS = { connectionTimeout: "10000", greetingTimeout: "10000", socketTimeout: "30000" };

function transportUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(TIMEOUTS)) if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  return url.toString();
}

export function isMailConfigured(): boolean {
  return Boolean(mailSettings().SMTP_URL);
}

/** One plain-text message through SMTP_URL; false when mail is not configured. Throws when the server refuses it. */
export async function sendMail({ to, subject, text }: { to: { name: string; address: string }; subject: string; text: string }): Promise<boolean> {
  const { SMTP_URL, MAIL_FROM } = mailSettings();
  if (!SMTP_URL) return false;
  const transport = nodemailer.createTransport(transportUrl(SMTP_URL));
  try {
    await transport.sendMail({ from: MAIL_FROM, to, subject, text });
  } finally {
    transport.close();
  }
  return true;
}
