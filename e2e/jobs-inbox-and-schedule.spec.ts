// Notifications and scheduled publishing as people use them: an editor submits, the reviewer's inbox
// shows it (with the count in the navigation); the reviewer schedules the publication in their own
// time zone, sees it listed, and cancels it.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, openAs, signIn, test } from "./fixtures";

const TIME_ZONE = "America/Lima"; // UTC-5 all year: the reviewer is not in the server's zone

async function expectNoViolations(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function submitNewActor(page: Page, title: string, slug: string) {
  await signIn(page, "editor", "/studio/entries/new?kind=actor");
  await page.getByLabel("Name (required)").fill(title);
  await page.getByLabel("Address (slug) (required)").fill(slug);
  await page.getByLabel("Type", { exact: true }).selectOption("political-militia");
  await page.getByLabel("Description").fill("An armed group invented for the inbox test.");
  await page.getByLabel("Edit summary (required)").fill("New actor for the inbox test");
  await page.getByRole("button", { name: "Save and submit for review" }).click();
  await page.waitForURL(/submitted=1/);
}

/** "YYYY-MM-DDTHH:mm" as a datetime-local field in `timeZone` shows the instant, and "HH:mm" for checking. */
function localInput(instant: Date, timeZone: string): { value: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { value: `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`, time: `${parts.hour}:${parts.minute}` };
}

test("a reviewer's inbox shows a submission, and the reviewer schedules it in their time zone, sees it listed and cancels it", async ({ page, browser }) => {
  test.setTimeout(240_000); // many steps and three axe scans, on a shared 2-core machine
  const stamp = Date.now();
  const title = `Inbox Militia ${stamp}`;
  await submitNewActor(page, title, `inbox-militia-${stamp}`);

  const reviewerContext = await browser.newContext({ timezoneId: TIME_ZONE });
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, "reviewer", "/studio/inbox");
  const nav = reviewer.getByRole("navigation", { name: "Studio" });
  await expect(nav.getByRole("link", { name: /^Inbox \d+ unread$/ })).toBeVisible();
  const item = reviewer.getByRole("listitem").filter({ hasText: `“${title}” is awaiting your review` });
  await expect(item).toBeVisible();
  await expect(item.getByText("new", { exact: true })).toBeVisible();
  await expectNoViolations(reviewer);

  // Mark as read: the line stays, without its "new" mark, and the count drops.
  const before = Number((await nav.getByRole("link", { name: /^Inbox/ }).textContent())!.replace(/\D/g, ""));
  await item.getByRole("button", { name: `Mark as read: “${title}” is awaiting your review` }).click();
  await expect(item.getByText("new", { exact: true })).toHaveCount(0);
  await expect(item.getByRole("button")).toHaveCount(0);
  if (before > 1) await expect(nav.getByRole("link", { name: `Inbox ${before - 1} unread` })).toBeVisible();
  else await expect(nav.getByRole("link", { name: "Inbox", exact: true })).toBeVisible();

  // From the inbox to the review; schedule it two hours ahead, in Lima time.
  await item.getByRole("link", { name: `“${title}” is awaiting your review` }).click();
  await expect(reviewer.getByRole("heading", { level: 1 })).toContainText(`Review: ${title}`);
  const field = reviewer.getByLabel(`Publish at (your time zone: ${TIME_ZONE})`);
  // A time in the past is refused at the field, and nothing is scheduled.
  await field.fill(localInput(new Date(Date.now() - 3_600_000), TIME_ZONE).value);
  await reviewer.getByRole("button", { name: "Schedule publication" }).click();
  await expect(reviewer.getByText("Choose a time in the future")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const at = localInput(new Date(Date.now() + 2 * 3_600_000), TIME_ZONE);
  await field.fill(at.value);
  await reviewer.getByRole("button", { name: "Schedule publication" }).click();
  const scheduled = reviewer.getByRole("region", { name: "Scheduled" });
  await expect(scheduled).toContainText(`publishes at`);
  await expect(scheduled).toContainText(`${at.time} GMT-5`);
  await expectNoViolations(reviewer);

  // Listed with the other scheduled publications, in the same local time; cancelling takes it off.
  await nav.getByRole("link", { name: "Scheduled" }).click();
  const row = reviewer.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText(`${at.time} GMT-5`);
  await expectNoViolations(reviewer);
  await row.getByRole("button", { name: `Cancel the publication of ${title}` }).click();
  await expect(row).toHaveCount(0);
  await expect(reviewer.getByRole("region", { name: "Recently finished" }).getByRole("listitem").filter({ hasText: title })).toContainText("cancelled");

  // The editor, who cannot cancel, sees no cancel button; the review is still waiting.
  const editor = await openAs(browser, "editor", "/studio/scheduled");
  await expect(editor.getByRole("button", { name: /^Cancel/ })).toHaveCount(0);
  await reviewer.goto("/studio/review");
  await expect(reviewer.getByRole("link", { name: title })).toBeVisible();
  await reviewerContext.close();
});
