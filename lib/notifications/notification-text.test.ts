import { describe, expect, it } from "vitest";
import { notificationEmail, notificationHeadline, notificationPath } from "./notification-text";

describe("notification text", () => {
  it("says what happened to which entry", () => {
    expect(notificationHeadline("AWAITING_REVIEW", "Attack")).toBe("“Attack” is awaiting your review");
    expect(notificationHeadline("REVIEW_ASSIGNED", "Attack")).toBe("You were asked to review “Attack”");
    expect(notificationHeadline("CHANGES_REQUESTED", "Attack")).toBe("Changes requested on “Attack”");
    expect(notificationHeadline("PUBLISHED", "Attack")).toBe("“Attack” was published");
    expect(notificationHeadline("WITHDRAWN", "Attack")).toBe("“Attack” was withdrawn from the public record");
  });

  it("leads a reviewer to the review and an author to the editor", () => {
    expect(notificationPath("AWAITING_REVIEW", { entryId: "e", reviewId: "r" })).toBe("/studio/review/r");
    expect(notificationPath("REVIEW_ASSIGNED", { entryId: "e", reviewId: "r" })).toBe("/studio/review/r");
    expect(notificationPath("CHANGES_REQUESTED", { entryId: "e", reviewId: "r" })).toBe("/studio/entries/e");
    expect(notificationPath("WITHDRAWN", { entryId: "e", reviewId: null })).toBe("/studio/entries/e");
  });

  it("puts the headline in the subject and the link and the way out in the body", () => {
    const mail = notificationEmail({ kind: "PUBLISHED", title: "Attack", actorName: "Rosa", url: "https://x.example/studio/entries/e" });
    expect(mail.subject).toBe("[Expediente] “Attack” was published");
    expect(mail.text).toContain("(by Rosa)");
    expect(mail.text).toContain("https://x.example/studio/entries/e");
    expect(mail.text).toContain("turn these e-mails off");
  });
});
