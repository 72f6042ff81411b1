import "server-only";
import nodemailer from "nodemailer";
import { db } from "../db";
import { mailSettings } from "../env";
import { siteUrl } from "../site-url";
import { notificationEmail, notificationPath } from "./notification-text";

// Generous for a real server, short enough that a stalled one releases the worker within a minute.
// SMTP_URL may set its own (nodemailer reads options from the query string: ?socketTimeout=60000).
const TIMEOUTS = { connectionTimeout: "10000", greetingTimeout: "10000", socketTimeout: "30000" };

function transportUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(TIMEOUTS)) if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  return url.toString();
}

/**
 * The job behind each notification e-mail. Runs after the event committed; checks again that the
 * recipient still wants mail and that it was not sent by an earlier attempt. A thrown error makes
 * pg-boss retry the job with backoff.
 */
export async function sendNotificationEmail({ notificationId }: { notificationId: string }): Promise<"sent" | "skipped"> {
  const { SMTP_URL, MAIL_FROM } = mailSettings();
  if (!SMTP_URL) return "skipped";
  const notification = await db().notification.findUnique({
    where: { id: notificationId },
    select: {
      kind: true,
      entryId: true,
      reviewId: true,
      actorId: true,
      emailedAt: true,
      entry: { select: { title: true } },
      recipient: { select: { email: true, name: true, isActive: true, notificationPreference: { select: { isEmailEnabled: true } } } },
    },
  });
  if (!notification || notification.emailedAt || !notification.recipient.isActive) return "skipped";
  if (notification.recipient.notificationPreference?.isEmailEnabled === false) return "skipped";
  const actor = notification.actorId ? await db().user.findUnique({ where: { id: notification.actorId }, select: { name: true } }) : null;
  const { subject, text } = notificationEmail({
    kind: notification.kind,
    title: notification.entry.title,
    actorName: actor?.name ?? null,
    url: `${siteUrl()}${notificationPath(notification.kind, notification)}`,
  });
  const transport = nodemailer.createTransport(transportUrl(SMTP_URL));
  try {
    await transport.sendMail({ from: MAIL_FROM, to: { name: notification.recipient.name, address: notification.recipient.email }, subject, text });
  } finally {
    transport.close();
  }
  await db().notification.update({ where: { id: notificationId }, data: { emailedAt: new Date() } });
  return "sent";
}
