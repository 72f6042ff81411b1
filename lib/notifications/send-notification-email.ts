import "server-only";
import { db } from "../db";
import { mailSettings } from "../env";
import { siteUrl } from "../site-url";
import { notificationEmail, notificationPath } from "./notification-text";
import { sendMail } from "./send-mail";

/**
 * The job behind each notification e-mail. Runs after the event committed; checks again that the
 * recipient still wants mail and that it was not sent by an earlier attempt. A thrown error makes
 * pg-boss retry the job with backoff.
 */
export async function sendNotificationEmail({ notificationId }: { notificationId: string }): Promise<"sent" | "skipped"> {
  if (!mailSettings().SMTP_URL) return "skipped";
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
  await sendMail({ to: { name: notification.recipient.name, address: notification.recipient.email }, subject, text });
  await db().notification.update({ where: { id: notificationId }, data: { emailedAt: new Date() } });
  return "sent";
}
