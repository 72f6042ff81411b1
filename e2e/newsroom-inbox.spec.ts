// The reviewer's inbox and scheduled publishing, as a newsroom uses them.
import type { Page } from "@playwright/test";
import { expect, openAs, signIn, test } from "./fixtures";

async function submitNewActor(page: Page, title: string) {
  await signIn(page, "editor", "/studio/entries/new?kind=actor");
  await page.getByLabel("Name (required)").fill(title);
  await page.getByLabel("Description").fill("A draft waiting for a reviewer.");
  await page.getByLabel("Edit summary (required)").fill("Start");
  await page.getByRole("button", { name: "Save and submit for review" }).click();
  await page.waitForURL(/saved=1/);
}

function unreadCount(page: Page) {
  return page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: /^Inbox/ });
}

test("a reviewer's inbox shows a submission, with its count in the navigation, and marks it as read", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const title = `Inbox Militia ${Date.now()}`;
  await submitNewActor(page, title);

  const reviewer = await openAs(browser, "reviewer", "/studio/inbox");
  const item = reviewer.getByRole("list", { name: "Notifications" }).getByRole("listitem").filter({ hasText: title });
  await expect(item).toHaveCount(1);
  await expect(item.getByText("new")).toBeVisible();
  const before = Number((await unreadCount(reviewer).textContent())?.match(/\d+/)?.[0] ?? 0);
  expect(before).toBeGreaterThan(0);

  // The button's name says which notification it marks (one button per item, for screen readers).
  const headline = await item.getByRole("link").textContent();
  await item.getByRole("button", { name: `Mark as read: ${headline}`, exact: true }).click();
  await expect(item.getByRole("button", { name: /Mark as read/ })).toHaveCount(0);
  await expect(item.getByText("new")).toHaveCount(0);
  const after = Number((await unreadCount(reviewer).textContent())?.match(/\d+/)?.[0] ?? 0);
  expect(after).toBe(before - 1);

  // The same state survives a reload: it was written, not only hidden in this tab.
  await reviewer.reload();
  await expect(item).toHaveCount(1);
  await expect(item.getByRole("button", { name: /Mark as read/ })).toHaveCount(0);

  // The link takes the reviewer to the review itself.
  await item.getByRole("link").click();
  await expect(reviewer).toHaveURL(/\/studio\/review\/[0-9a-f-]{36}$/);
  await expect(reviewer.getByRole("heading", { level: 1 })).toContainText(title);
  await reviewer.context().close();
});

test("a reviewer approves with a publish time a few minutes ahead; it is listed as scheduled and can be cancelled", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const title = `Scheduled Militia ${Date.now()}`;
  await submitNewActor(page, title);

  const reviewer = await openAs(browser, "reviewer", "/studio/review");
  await reviewer.getByRole("link", { name: title }).click();
  await expect(reviewer).toHaveURL(/\/studio\/review\/[0-9a-f-]{36}$/);
  const reviewUrl = reviewer.url();
  // datetime-local is read in the browser's time zone; format "YYYY-MM-DDTHH:mm" from the browser's clock.
  const inFiveMinutes = await reviewer.evaluate(() => {
    const d = new Date(Date.now() + 5 * 60_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  });
  const schedule = reviewer.getByRole("form", { name: "Approve and publish later" });
  await schedule.getByLabel(/^Publish at/).fill(inFiveMinutes);
  await schedule.getByRole("button", { name: "Schedule publication" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: /publishes at/ })).toBeVisible();

  await reviewer.goto("/studio/scheduled");
  const row = reviewer.getByRole("table", { name: "Upcoming publications" }).getByRole("row").filter({ hasText: title });
  await expect(row).toHaveCount(1);
  await row.getByRole("button", { name: `Cancel the publication of ${title}` }).click();
  await expect(reviewer.getByRole("table", { name: "Upcoming publications" }).getByRole("row").filter({ hasText: title })).toHaveCount(0);
  await expect(reviewer.getByRole("region", { name: "Recently finished" }).getByRole("listitem").filter({ hasText: title })).toContainText("cancelled");

  // The review is open again, and the public page never appeared.
  await reviewer.goto(reviewUrl);
  await expect(reviewer.getByRole("form", { name: "Approve and publish later" })).toBeVisible();
  await reviewer.context().close();
});
