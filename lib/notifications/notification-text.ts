// What each kind of notification says, in the inbox and in the e-mail. Client-safe, pure.
export type NotificationKindName = "AWAITING_REVIEW" | "REVIEW_ASSIGNED" | "CHANGES_REQUESTED" | "PUBLISHED" | "WITHDRAWN";

export function notificationHeadline(kind: NotificationKindName, title: string): string {
  switch (kind) {
    case "AWAITING_REVIEW":
      return `“${title}” is awaiting your review`;
    case "REVIEW_ASSIGNED":
      return `You were asked to review “${title}”`;
    case "CHANGES_REQUESTED":
      return `Changes requested on “${title}”`;
    case "PUBLISHED":
      return `“${title}” was published`;
    case "WITHDRAWN":
      return `“${title}” was withdrawn from the public record`;
  }
}

/** Where the notification leads in the studio. */
export function notificationPath(kind: NotificationKindName, { entryId, reviewId }: { entryId: string; reviewId: string | null }): string {
  if ((kind === "AWAITING_REVIEW" || kind === "REVIEW_ASSIGNED") && reviewId) return `/studio/review/${reviewId}`;
  return `/studio/entries/${entryId}`;
}

export function notificationEmail({ kind, title, actorName, url }: { kind: NotificationKindName; title: string; actorName: string | null; url: string }): {
  subject: string;
  text: string;
} {
  const headline = notificationHeadline(kind, title);
  const by = actorName ? ` (by ${actorName})` : "";
  return {
    subject: `[Expediente] ${headline}`,
    text: `${headline}${by}.\n\nOpen it in the studio: ${url}\n\nYou can turn these e-mails off in your studio inbox.\n`,
  };
}
