// Issue 9, items 3 and 4, as people do them: a re-review that cannot rubber-stamp (what changed since the
// reviewer last looked, the earlier comments and what answered them), a restore that shows what it would undo
// before anything is written, and an admin showing a hidden revision again with a reason.
import type { Page } from "@playwright/test";
import { expect, openAs, signIn, test } from "./fixtures";

const SOURCE = "ojo-publico-2021-05-24"; // published in the seeded record

async function openReview(reviewer: Page, title: string) {
  await reviewer.goto("/studio/review");
  await reviewer.getByRole("link", { name: title }).click();
  await expect(reviewer.getByRole("heading", { level: 1 })).toContainText(`Review: ${title}`);
}

test("a second review shows the earlier comment and only the changes since, the whole change on demand, and what was approved", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const title = `E2E Re-review ${stamp}`;
  const comment = `Name who describes the group this way (${stamp}).`;

  // The editor creates an actor and submits it.
  await signIn(page, "editor", "/studio/entries/new?kind=actor");
  await page.getByLabel("Name (required)").fill(title);
  await page.getByLabel("Description").fill("An armed group described without a source.");
  await page.getByLabel("Body", { exact: true }).fill("The body the first review already read.");
  await page.getByLabel("Edit summary (required)").fill("First version");
  await page.getByRole("button", { name: "Save and submit for review" }).click();
  await page.waitForURL(/\/studio\/entries\/[0-9a-f-]{36}\?saved=1&submitted=1/);
  const entryPath = new URL(page.url()).pathname;

  // The reviewer asks for changes on the description, choosing the field by its label in the form.
  const reviewer = await openAs(browser, "reviewer", "/studio/review");
  await openReview(reviewer, title);
  await expect(reviewer.getByRole("link", { name: /Changes since/ })).toHaveCount(0);
  await expect(reviewer.getByLabel("About the field (optional)").locator("option")).toContainText([
    "The whole entry",
    "Address (slug)",
    "Name",
    "Description",
    "Body",
  ]);
  await reviewer.getByLabel("About the field (optional)").selectOption({ label: "Description" });
  // Too short a comment is refused in the page by the server's own schema, before anything is sent.
  let actionPosts = 0;
  reviewer.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) actionPosts += 1;
  });
  await reviewer.getByLabel("Request changes: what needs to change?").fill("ok");
  await reviewer.getByRole("button", { name: "Request changes" }).click();
  await expect(reviewer.getByText("Say what needs to change")).toBeVisible();
  await expect(reviewer.getByLabel("Request changes: what needs to change?")).toHaveValue("ok");
  expect(actionPosts).toBe(0);
  await reviewer.getByLabel("Request changes: what needs to change?").fill(comment);
  await reviewer.getByRole("button", { name: "Request changes" }).click();
  await expect(reviewer.getByText("Changes requested.").first()).toBeVisible();

  // The editor changes only the description and resubmits.
  await page.goto(entryPath);
  await expect(page.getByText(comment)).toBeVisible();
  await expect(page.locator(".review-notes")).toContainText(`Description: ${comment}`);
  await page.getByLabel("Description").fill("An armed group, as the Armed Forces describe it.");
  await page.getByLabel("Edit summary (required)").fill("Say who describes the group");
  await page.getByRole("button", { name: "Save and submit for review" }).click();
  await page.waitForURL(/saved=2&submitted=1/);

  // The second review: the earlier comment in the thread with what answered it, and only the new change by default.
  await openReview(reviewer, title);
  const since = reviewer.getByRole("link", { name: "Changes since your last review (revision 1 → 2)" });
  await expect(since).toHaveAttribute("aria-current", "page");
  const thread = reviewer.getByRole("list", { name: "Review rounds" });
  await expect(thread).toContainText(comment);
  await expect(thread).toContainText("on “Description”");
  await expect(thread).toContainText("Answered by revision 2, resubmitted for review.");
  await expect(thread).toContainText("Round 2 (this review)");
  const diff = reviewer.getByRole("region", { name: "What changed" });
  await expect(diff.locator('[data-field="description"]')).toContainText("Armed Forces");
  await expect(diff.locator('[data-field="body"]')).toHaveCount(0);
  await expect(diff.locator('[data-field="title"]')).toHaveCount(0);
  const revisions = reviewer.getByRole("region", { name: "Revisions in this review" });
  await expect(revisions.locator("tbody tr")).toHaveCount(2);
  await expect(revisions.locator("tbody tr").first()).toContainText("Say who describes the group");
  await expect(revisions.locator("tbody tr").first()).toContainText("new since revision 1");
  await expect(revisions.locator("tbody tr").nth(1)).toContainText("First version");
  await reviewer.screenshot({ path: test.info().outputPath("second-review.png"), fullPage: true });

  // The whole change, on demand: everything since nothing was published.
  await reviewer.getByRole("link", { name: /The whole change/ }).click();
  await expect(reviewer.getByRole("link", { name: /The whole change/ })).toHaveAttribute("aria-current", "page");
  await expect(diff.locator('[data-field="body"]')).toContainText("The body the first review already read.");
  await expect(diff.locator('[data-field="title"]')).toContainText(title);

  // Approved: the page shows what was approved, not "No differences".
  await reviewer.getByRole("button", { name: "Approve and publish" }).click();
  await expect(reviewer.getByRole("heading", { name: "What was approved" })).toBeVisible();
  await reviewer.reload();
  await expect(reviewer.getByRole("heading", { name: "What was approved" })).toBeVisible();
  await expect(reviewer.getByText("Approved and published. Above is what was approved.")).toBeVisible();
  await expect(reviewer.getByText("No differences.")).toHaveCount(0);
  await expect(reviewer.getByRole("region", { name: "What was approved" }).locator('[data-field="description"]')).toContainText("Armed Forces");
  await expect(reviewer.getByRole("list", { name: "Review rounds" })).toContainText("Approved and published by Rosa Reviewer");
  await reviewer.context().close();
});

test("a restore previews what it changes against the latest, flags the removed claim, asks to confirm and makes a draft awaiting review", async ({ page }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const title = `E2E Restore ${stamp}`;

  // Revision 1 without claims; revision 2 adds a cited claim.
  await signIn(page, "editor", "/studio/entries/new?kind=actor");
  await page.getByLabel("Name (required)").fill(title);
  await page.getByLabel("Description").fill("Before the membership estimate.");
  await page.getByLabel("Edit summary (required)").fill("Start");
  await page.getByRole("button", { name: "Create draft" }).click();
  await page.waitForURL(/saved=1/);
  const entryPath = new URL(page.url()).pathname;
  await page.getByRole("button", { name: "+ Add a claim" }).click();
  const claim = page.locator("fieldset.item-card").filter({ hasText: "Claim 1" });
  await claim.getByLabel("Property").selectOption("members");
  await claim.getByLabel("Value (required)").fill("300");
  await claim.getByRole("button", { name: "+ Add a citation" }).click();
  await claim.getByLabel("Source (required)").fill(SOURCE);
  await page.getByLabel("Edit summary (required)").fill("Add the membership estimate");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForURL(/saved=2/);

  // Restoring revision 1 first shows what it would change against revision 2, the removed claim flagged.
  await page.goto(`${entryPath}/history`);
  await page.getByRole("link", { name: "Restore 1…" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Restore revision 1 of ${title}?`);
  await expect(page.getByText("new draft, revision 3")).toBeVisible();
  await expect(page.getByText(/Nothing is published: readers see nothing of this entry until a reviewer approves it/)).toBeVisible();
  const warning = page.locator(".restore-warning");
  await expect(warning).toContainText("This restore removes a claim that the latest revision has:");
  await expect(warning).toContainText("Members: 300");
  await expect(page.getByRole("heading", { name: "What changes: revision 2 → restored revision 1" })).toBeVisible();
  await expect(page.locator('[data-field="claims"]')).toContainText("Removed Members: 300");
  await page.screenshot({ path: test.info().outputPath("restore-confirmation.png"), fullPage: true });

  // It asks to confirm the removal before anything is written.
  await page.getByRole("button", { name: "Restore revision 1 as a new draft" }).click();
  await expect(page.locator("#restore-confirm-error")).toHaveText("Confirm that the restore may remove these claims");
  await page.getByLabel(/I understand that the restored draft removes the claim/).check();
  await page.getByRole("button", { name: "Restore revision 1 as a new draft" }).click();
  await expect(page.getByRole("heading", { name: "Restored as draft revision 3" })).toBeVisible();
  await page.getByRole("button", { name: "Submit revision 3 for review" }).click();
  await expect(page.getByText("Draft revision 3 is awaiting review. Nothing was published.")).toBeVisible();

  // The history has the restored draft, in review; the entry was never published.
  await page.getByRole("link", { name: "Back to the history" }).click();
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText("Restored revision 1");
  await expect(rows.first()).toContainText("in review");
  await expect(page.getByText("(live)")).toHaveCount(0);
});

test("an admin hides a revision and shows it again, with a required reason", async ({ page }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const title = `E2E Unhide ${stamp}`;

  await signIn(page, "admin", "/studio/entries/new?kind=actor");
  await page.getByLabel("Name (required)").fill(title);
  await page.getByLabel("Description").fill("Names a witness by mistake.");
  await page.getByLabel("Edit summary (required)").fill("Start with the witness named");
  await page.getByRole("button", { name: "Create draft" }).click();
  await page.waitForURL(/saved=1/);
  await page.getByLabel("Description").fill("No witness named.");
  await page.getByLabel("Edit summary (required)").fill("Remove the name");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForURL(/saved=2/);
  await page.goto(`${new URL(page.url()).pathname}/history`);
  const first = page.locator("tbody tr").nth(1);

  await first.getByRole("button", { name: "Hide 1…" }).click();
  await page.getByLabel("Reason for hiding revision 1").fill("A witness named without consent");
  await first.getByRole("button", { name: "Hide content" }).click();
  await expect(first).toContainText("content hidden (A witness named without consent)");

  // Unhiding needs a reason: an empty one gets a message next to the field and nothing changes.
  await first.getByRole("button", { name: "Unhide 1…" }).click();
  const reason = page.getByLabel("Reason for unhiding revision 1");
  await expect(reason).toBeFocused();
  await reason.fill("  ");
  await first.getByRole("button", { name: "Show content again" }).click();
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(first.locator(".field-error")).not.toBeEmpty();
  await expect(first).toContainText("content hidden");
  await reason.fill("The witness gave written consent");
  await first.getByRole("button", { name: "Show content again" }).click();
  await expect(first).toContainText("Start with the witness named");
  await expect(first).not.toContainText("content hidden");

  // The audit log records who unhid it and why.
  await page.goto("/studio/audit");
  await expect(page.getByText("The witness gave written consent").first()).toBeVisible();
});
