import { describe, expect, it } from "vitest";
import { auditSentence, auditSentenceText, type AuditSubject } from "./audit-sentence";

const event = { id: "11111111-1111-4111-8111-111111111111", kind: "event" as const, title: "San Miguel del Ene attack" };
const base: AuditSubject = { action: "review.approve", actor: "Ana Editor", entry: event, revisionNumber: 4, detail: {}, people: {} };

describe("audit sentences", () => {
  it("names who approved which revision of which entry, with links to the history and the entry", () => {
    expect(auditSentenceText(base)).toBe("Ana Editor approved and published revision 4 of Event “San Miguel del Ene attack”.");
    const links = auditSentence(base).filter((p) => p.href);
    expect(links).toEqual([
      { text: "revision 4", href: `/studio/entries/${event.id}/history` },
      { text: "“San Miguel del Ene attack”", href: `/studio/entries/${event.id}` },
    ]);
  });

  it("adds the reason, the field, the time, and the people named in the detail", () => {
    expect(auditSentenceText({ ...base, action: "revision.hide", detail: { reason: "A legal request" } })).toBe(
      "Ana Editor hid revision 4 of Event “San Miguel del Ene attack”. Reason: “A legal request”",
    );
    expect(auditSentenceText({ ...base, action: "review.assign", detail: { reviewerId: "r1" }, people: { r1: "Rosa Reviewer" } })).toBe(
      "Ana Editor asked Rosa Reviewer to review revision 4 of Event “San Miguel del Ene attack”.",
    );
    expect(auditSentenceText({ ...base, action: "review.schedule", detail: { publishAt: "2026-12-02T15:00:00.000Z" } })).toContain("for 2026-12-02 15:00 UTC");
    expect(
      auditSentenceText({ ...base, action: "user.role", entry: null, revisionNumber: null, detail: { userId: "u1", role: "REVIEWER" }, people: { u1: "Eli" } }),
    ).toBe("Ana Editor made Eli reviewer.");
  });

  it("says what a withdrawal cancelled, and what brought the entry back", () => {
    expect(auditSentenceText({ ...base, action: "review.schedule-cancel", detail: { scheduleId: "s1", publishAt: "x", cause: "withdrawal" } })).toBe(
      "Ana Editor cancelled the scheduled publication of revision 4 of Event “San Miguel del Ene attack” because the entry was withdrawn.",
    );
    expect(auditSentenceText({ ...base, action: "review.close", detail: { reviewId: "r1", cause: "withdrawal" } })).toBe(
      "Ana Editor closed the review of revision 4 of Event “San Miguel del Ene attack” because the entry was withdrawn.",
    );
    expect(auditSentenceText({ ...base, action: "entry.republish", detail: { reason: "Corrected by its publisher", withdrawnReason: "Retracted" } })).toBe(
      "Ana Editor published again revision 4 of Event “San Miguel del Ene attack” after its withdrawal. Reason: “Corrected by its publisher”",
    );
  });

  it("never shows raw JSON or ids, even for an action it does not know or an entry that is gone", () => {
    const sentence = auditSentenceText({ ...base, action: "capture.add", entry: null, revisionNumber: null, detail: { userId: "u9" } });
    expect(sentence).toBe("Ana Editor did “capture.add” to an entry that no longer exists.");
    expect(auditSentenceText({ ...base, action: "user.active", entry: null, revisionNumber: null, detail: { userId: "gone", isActive: false } })).toBe(
      "Ana Editor deactivated a former user.",
    );
    expect(auditSentenceText({ ...base, action: "user.sign-in", actor: "Ana Editor", entry: null, revisionNumber: null })).toBe("Ana Editor signed in.");
    const preference = { ...base, action: "user.email-preference", entry: null, revisionNumber: null };
    expect(auditSentenceText({ ...preference, detail: { isEmailEnabled: false } })).toBe("Ana Editor turned their notification e-mails off.");
    expect(auditSentenceText({ ...preference, detail: { isEmailEnabled: true } })).toBe("Ana Editor turned their notification e-mails on.");
  });

  it("tells what an import merged, by the system when no one signed in ran it", () => {
    const merge = { ...base, action: "record.imported", actor: null, entry: null, revisionNumber: null };
    expect(auditSentenceText({ ...merge, detail: { added: { Entry: 2, User: 1, Capture: 1, Revision: 9 } } })).toBe(
      "The system merged an exported record into this one: 2 entries, 1 user and 1 capture added.",
    );
    expect(auditSentenceText({ ...merge, detail: { added: { Entry: 0, Setting: 1 } } })).toBe("The system merged an exported record into this one.");
    expect(auditSentenceText({ ...base, action: "record.exported", entry: null, revisionNumber: null })).toBe("Ana Editor exported the whole record.");
    expect(auditSentenceText({ ...base, action: "record.exported", actor: null, entry: null, revisionNumber: null })).toBe(
      "The system exported the whole record.",
    );
  });

  it("says when an import did not check the archive's origin", () => {
    const line = { ...base, action: "record.imported", actor: null, entry: null, revisionNumber: null };
    expect(auditSentenceText({ ...line, detail: { isRestore: true, added: { Entry: 3 }, verification: { method: "unverified" } } })).toBe(
      "The system restored an exported record into this empty database: 3 entries added, without checking where it came from (--unverified).",
    );
    expect(auditSentenceText({ ...line, detail: { added: { User: 1 }, verification: { method: "unverified" } } })).toBe(
      "The system merged an exported record into this one: 1 user added, without checking where it came from (--unverified).",
    );
    expect(auditSentenceText({ ...line, detail: { added: { User: 1 }, verification: { method: "signature", publicKey: "MCow" } } })).toBe(
      "The system merged an exported record into this one: 1 user added.",
    );
  });
});
