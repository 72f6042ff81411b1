import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { QUEUES, startJobQueue, stopJobQueue } from "@/lib/jobs/job-queue";
import { setEmailPreference } from "@/lib/notifications/email-preference";
import { countUnreadNotifications, listNotifications } from "@/lib/notifications/list-notifications";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mark-notifications-read";
import { sendNotificationEmail } from "@/lib/notifications/send-notification-email";
import { approveRevision } from "@/lib/review/approve-revision";
import { requestChanges } from "@/lib/review/request-changes";
import { submitForReview } from "@/lib/review/submit-for-review";
import { withdrawEntry } from "@/lib/review/withdraw-entry";
import { saveRevision } from "@/lib/revisions/save-revision";
import type { Actor } from "@/lib/users/permissions";
import { actorContent, createEntry, makeActor, uniqueSlug } from "./fixtures";

let editor: Actor;
let editor2: Actor;
let reviewer: Actor;
let reviewer2: Actor;

beforeAll(async () => {
  [editor, editor2, reviewer, reviewer2] = await Promise.all([makeActor("EDITOR"), makeActor("EDITOR"), makeActor("REVIEWER"), makeActor("REVIEWER")]);
});

async function inbox(actor: Actor, entryId: string) {
  return db().notification.findMany({
    where: { recipientId: actor.id, entryId },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, reviewId: true, actorId: true, readAt: true },
  });
}

describe("notifications written with each review event", () => {
  it("tells reviewers about a submission, the authors about requested changes, publication and withdrawal, and nobody about their own action", async () => {
    const slug = uniqueSlug("notified");
    const { entryId, revisionId } = await createEntry("actor", actorContent(slug), editor);
    // A second author joins before submission: both are "authors involved".
    const second = await saveRevision({
      actor: editor2,
      kind: "actor",
      entryId,
      baseRevisionId: revisionId,
      content: actorContent(slug, { description: "Two." }),
      summary: "Second",
    });
    expect(second.ok).toBe(true);

    const { reviewId } = await submitForReview({ actor: editor, entryId });
    expect(await inbox(reviewer, entryId)).toEqual([expect.objectContaining({ kind: "AWAITING_REVIEW", reviewId, actorId: editor.id, readAt: null })]);
    expect(await inbox(reviewer2, entryId)).toHaveLength(1);
    // The authors of the change cannot approve it: they are not asked to.
    expect(await inbox(editor, entryId)).toEqual([]);
    expect(await inbox(editor2, entryId)).toEqual([]);

    await requestChanges({ actor: reviewer, reviewId, input: { comment: "Cite the second paragraph" } });
    expect((await inbox(editor, entryId)).map((n) => n.kind)).toEqual(["CHANGES_REQUESTED"]);
    expect((await inbox(editor2, entryId)).map((n) => n.kind)).toEqual(["CHANGES_REQUESTED"]);
    expect((await inbox(reviewer, entryId)).map((n) => n.kind)).toEqual(["AWAITING_REVIEW"]);

    const latest = await db().entry.findUniqueOrThrow({ where: { id: entryId }, select: { latestRevisionId: true } });
    const third = await saveRevision({
      actor: editor,
      kind: "actor",
      entryId,
      baseRevisionId: latest.latestRevisionId!,
      content: actorContent(slug, { description: "Three." }),
      summary: "Fix",
    });
    expect(third.ok).toBe(true);
    const again = await submitForReview({ actor: editor, entryId });
    expect((await inbox(reviewer2, entryId)).map((n) => n.kind)).toEqual(["AWAITING_REVIEW", "AWAITING_REVIEW"]);
    await approveRevision({ actor: reviewer2, reviewId: again.reviewId, revisionId: again.revisionId });
    expect((await inbox(editor, entryId)).map((n) => n.kind)).toEqual(["CHANGES_REQUESTED", "PUBLISHED"]);
    expect((await inbox(editor2, entryId)).map((n) => n.kind)).toEqual(["CHANGES_REQUESTED", "PUBLISHED"]);
    expect((await inbox(reviewer2, entryId)).map((n) => n.kind)).toEqual(["AWAITING_REVIEW", "AWAITING_REVIEW"]);

    await withdrawEntry({ actor: reviewer, entryId, reason: "A retracted source" });
    expect((await inbox(editor, entryId)).map((n) => n.kind)).toEqual(["CHANGES_REQUESTED", "PUBLISHED", "WITHDRAWN"]);
    expect((await inbox(reviewer, entryId)).map((n) => n.kind)).toEqual(["AWAITING_REVIEW", "AWAITING_REVIEW"]);
  });

  it("writes nothing when the event fails, and counts only what comes after publication", async () => {
    const slug = uniqueSlug("notified-fail");
    const { entryId } = await createEntry("actor", actorContent(slug), editor);
    const { reviewId, revisionId } = await submitForReview({ actor: editor, entryId });
    await approveRevision({ actor: reviewer, reviewId, revisionId });
    const before = await db().notification.count({ where: { entryId } });
    // Already published: the submission is refused, and no reviewer is told about it.
    await expect(submitForReview({ actor: editor, entryId })).rejects.toThrow("already published");
    await expect(requestChanges({ actor: reviewer, reviewId, input: { comment: "Too late" } })).rejects.toThrow("already been decided");
    expect(await db().notification.count({ where: { entryId } })).toBe(before);

    // A later change by editor2 alone: the earlier author is not "involved" in it.
    const latest = await db().entry.findUniqueOrThrow({ where: { id: entryId }, select: { latestRevisionId: true } });
    expect(
      (
        await saveRevision({
          actor: editor2,
          kind: "actor",
          entryId,
          baseRevisionId: latest.latestRevisionId!,
          content: actorContent(slug, { description: "Later." }),
          summary: "Later",
        })
      ).ok,
    ).toBe(true);
    const later = await submitForReview({ actor: editor2, entryId });
    await approveRevision({ actor: reviewer, reviewId: later.reviewId, revisionId: later.revisionId });
    expect((await inbox(editor2, entryId)).map((n) => n.kind)).toEqual(["PUBLISHED"]);
    expect((await inbox(editor, entryId)).map((n) => n.kind)).toEqual(["PUBLISHED"]);
  });
});

describe("the inbox", () => {
  it("lists a person's own notifications, marks one or all as read, and cannot touch someone else's", async () => {
    const reader = await makeActor("REVIEWER");
    const { entryId } = await createEntry("actor", actorContent(uniqueSlug("inbox")), editor);
    await submitForReview({ actor: editor, entryId });
    const { entryId: otherId } = await createEntry("actor", actorContent(uniqueSlug("inbox-2")), editor);
    await submitForReview({ actor: editor, entryId: otherId });

    const items = await listNotifications({ actor: reader });
    expect(items.slice(0, 2).map((i) => i.headline)).toEqual([expect.stringContaining("inbox-2"), expect.stringMatching(/inbox-.*awaiting your review/)]);
    expect(items[0]).toMatchObject({ kind: "AWAITING_REVIEW", isRead: false, actorName: editor.name, href: expect.stringMatching(/^\/studio\/review\//) });
    expect(await countUnreadNotifications({ actor: reader })).toBe(items.length);

    // Someone else's id, or one that is no uuid, names nothing.
    await expect(markNotificationRead({ actor: reviewer, notificationId: items[0]!.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(markNotificationRead({ actor: reader, notificationId: "1 OR 1=1" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await countUnreadNotifications({ actor: reader })).toBe(items.length);

    await markNotificationRead({ actor: reader, notificationId: items[0]!.id });
    expect(await countUnreadNotifications({ actor: reader })).toBe(items.length - 1);
    expect((await listNotifications({ actor: reader }))[0]!.isRead).toBe(true);
    await markAllNotificationsRead({ actor: reader });
    expect(await countUnreadNotifications({ actor: reader })).toBe(0);
  });
});

type Received = { to: string[]; raw: string };

async function startSmtpServer(options: { stall?: boolean } = {}): Promise<{ url: string; mails: Received[]; close: () => Promise<void> }> {
  const mails: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    closeTimeout: 100,
    logger: false,
    // A stalled server accepts the connection and never greets.
    onConnect: (_session, callback) => (options.stall ? undefined : callback()),
    onData: (stream, session, callback) => {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function waitFor<T>(probe: () => T | Promise<T>, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("e-mail from the job queue", () => {
  const previousSmtpUrl = process.env.SMTP_URL;
  afterEach(async () => {
    await stopJobQueue({ timeoutMs: 1000 });
    process.env.SMTP_URL = previousSmtpUrl;
    if (previousSmtpUrl === undefined) delete process.env.SMTP_URL;
  });
  afterAll(async () => {
    await db().$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = $1`, QUEUES.notificationEmail);
  });

  it("sends the reviewer an e-mail for a submission, and none to someone who turned e-mail off", async () => {
    const smtp = await startSmtpServer();
    try {
      process.env.SMTP_URL = smtp.url;
      const [wantsMail, noMail] = await Promise.all([makeActor("REVIEWER"), makeActor("REVIEWER")]);
      await setEmailPreference({ actor: noMail, input: { isEmailEnabled: false } });
      // A preference is a change like any other: it leaves an audit line.
      const audited = await db().auditEvent.findMany({ where: { actorId: noMail.id, action: "user.email-preference" }, select: { detail: true } });
      expect(audited).toEqual([{ detail: { isEmailEnabled: false } }]);
      await startJobQueue({ [QUEUES.notificationEmail]: async (data) => void (await sendNotificationEmail({ notificationId: String(data.notificationId) })) });

      const slug = uniqueSlug("mailed");
      const { entryId } = await createEntry("actor", actorContent(slug), editor);
      const { reviewId } = await submitForReview({ actor: editor, entryId });

      const mail = await waitFor(() => smtp.mails.find((m) => m.to.includes(wantsMail.email)));
      const text = mail.raw.replace(/=\r?\n/g, ""); // undo quoted-printable's soft line breaks
      expect(text).toMatch(/^Subject: =\?UTF-8\?Q\?=5BExpediente=5D_/m);
      expect(text).toContain(`Actor ${slug}`);
      expect(text).toContain(`/studio/review/${reviewId}`);
      expect(text).toContain("You can turn these e-mails off");
      // Its inbox line is marked as mailed, so a retried job does not send it twice.
      const sent = await waitFor(() =>
        db().notification.findFirst({ where: { recipientId: wantsMail.id, entryId, emailedAt: { not: null } }, select: { id: true } }),
      );
      expect(await sendNotificationEmail({ notificationId: sent.id })).toBe("skipped");

      // The one who turned mail off still has the inbox line, and no job was even queued for it.
      const silent = await db().notification.findFirstOrThrow({ where: { recipientId: noMail.id, entryId }, select: { id: true, emailedAt: true } });
      expect(silent.emailedAt).toBeNull();
      const jobs = await db().$queryRawUnsafe<{ count: bigint }[]>(
        `SELECT count(*) FROM pgboss.job WHERE name = $1 AND data->>'notificationId' = $2`,
        QUEUES.notificationEmail,
        silent.id,
      );
      expect(Number(jobs[0]!.count)).toBe(0);
      expect(smtp.mails.some((m) => m.to.includes(noMail.email))).toBe(false);

      // Turning it off after the mail was queued also stops it: the job checks again when it runs.
      await setEmailPreference({ actor: wantsMail, input: { isEmailEnabled: false } });
      const late = await db().notification.create({ data: { recipientId: wantsMail.id, kind: "PUBLISHED", entryId }, select: { id: true } });
      expect(await sendNotificationEmail({ notificationId: late.id })).toBe("skipped");
    } finally {
      await smtp.close();
    }
  });

  it("returns from a submission at once while the mail server stalls", async () => {
    const smtp = await startSmtpServer({ stall: true });
    try {
      process.env.SMTP_URL = smtp.url;
      const waiting = await makeActor("REVIEWER");
      await startJobQueue({ [QUEUES.notificationEmail]: async (data) => void (await sendNotificationEmail({ notificationId: String(data.notificationId) })) });
      const { entryId } = await createEntry("actor", actorContent(uniqueSlug("stalled")), editor);
      // The earlier tests' mails went to every reviewer in the shared database; those still queued would keep
      // the workers busy (stalled) before this submission's turn. They are this file's own leftovers.
      await db().$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry')`, QUEUES.notificationEmail);

      const started = performance.now();
      await submitForReview({ actor: editor, entryId });
      const elapsed = performance.now() - started;
      expect(elapsed).toBeLessThan(1000);

      // Meanwhile the worker really is stuck talking to the stalled server.
      const notifications = await db().notification.findMany({ where: { entryId }, select: { id: true, recipientId: true } });
      expect(notifications.map((n) => n.recipientId)).toContain(waiting.id);
      await waitFor(async () => {
        const rows = await db().$queryRawUnsafe<{ count: bigint }[]>(
          `SELECT count(*) FROM pgboss.job WHERE name = $1 AND state = 'active' AND data->>'notificationId' = ANY($2::text[])`,
          QUEUES.notificationEmail,
          notifications.map((n) => n.id),
        );
        return Number(rows[0]!.count) > 0;
      }, 45_000); // pg-boss polls for work every few seconds; slower when the machine is busy
      expect(await db().notification.count({ where: { entryId, emailedAt: { not: null } } })).toBe(0);
    } finally {
      await smtp.close();
    }
  }, 60_000);
});
