// Withdrawal from the browser: a reviewer takes a published entry off the public record with a public reason.
import type { Page } from "@playwright/test";
import { afterWithdrawalPromise } from "../lib/links/withdrawn-reference";
import { expect, openAs, signIn, test } from "./fixtures";

const CITED_SOURCE = "ojo-publico-2021-05-24"; // cited by the seeded San Miguel del Ene attack

async function studioIdOf(page: Page, slug: string): Promise<string> {
  await page.goto(`/studio/entries?q=${slug}`);
  const row = page.getByRole("row").filter({ has: page.locator("code", { hasText: new RegExp(`^${slug}$`) }) });
  const href = await row.getByRole("link", { name: /^Edit / }).getAttribute("href");
  return href!.split("/").pop()!;
}

test("a reviewer withdraws a source nothing cites: its page answers 410 with the reason, the corrections log shows it", async ({
  page,
  browser,
  expectFailedResources,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const title = `Withdrawn source ${stamp}`;
  const reason = `Retracted by its publisher (${stamp})`;

  // An editor creates the source and submits it; a reviewer publishes it.
  await signIn(page, "editor", "/studio/entries/new?kind=source");
  await page.getByLabel("Title (required)").fill(title);
  await page.getByLabel("Edit summary (required)").fill("Create");
  await page.getByRole("button", { name: "Save and submit for review" }).click();
  await page.waitForURL(/\/studio\/entries\/[0-9a-f-]{36}\?saved=1&submitted=1/);
  const entryPath = new URL(page.url()).pathname;
  const reviewer = await openAs(browser, "reviewer", "/studio/review");
  await reviewer.getByRole("link", { name: title }).click();
  await reviewer.getByRole("button", { name: "Approve and publish" }).click();
  await expect(reviewer.getByText("Approved and published.")).toBeVisible();

  // The reviewer withdraws it from the entry's page.
  await reviewer.goto(entryPath);
  const section = reviewer.getByRole("region", { name: "Withdraw from the public record" });
  await expect(section).toContainText("No published entry cites or links to this source.");
  const publicPath = await reviewer.getByRole("link", { name: "Public page" }).getAttribute("href");
  expect(publicPath).toMatch(/^\/sources\//);
  await section.getByRole("button", { name: "Withdraw…" }).click();
  await expect(section.getByText("Give a reason (3 characters or more)")).toBeVisible();
  await section.getByLabel("Public reason (required)").fill(reason);
  await section.getByRole("button", { name: "Withdraw…" }).click();
  await section.getByRole("button", { name: "Confirm withdrawal" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Withdrawn." })).toBeVisible();

  // A reader gets 410 with the reason; the corrections log records it.
  expectFailedResources(new RegExp(publicPath!));
  const reader = await (await browser.newContext()).newPage();
  const response = await reader.goto(publicPath!);
  expect(response?.status()).toBe(410);
  await expect(reader.getByText(reason)).toBeVisible();
  await reader.goto(`${publicPath}/history`);
  await expect(reader.getByText(`This entry has been withdrawn from the public record. Reason: ${reason}`)).toBeVisible();
  await reader.context().close();
  await reviewer.context().close();
});

test("withdrawing a cited source first shows the entries that cite it, and nothing happens without confirming", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "reviewer", "/studio/entries");
  await page.goto(`/studio/entries/${await studioIdOf(page, CITED_SOURCE)}`);
  const section = page.getByRole("region", { name: "Withdraw from the public record" });
  const referring = section.getByRole("list", { name: "Published entries that refer to it" });
  await expect(referring.getByRole("link", { name: "San Miguel del Ene attack" })).toBeVisible();
  await expect(referring).toContainText(afterWithdrawalPromise({ relation: "cites", detail: "" }));
  await section.getByLabel("Public reason (required)").fill("Not doing it");
  await section.getByRole("button", { name: "Withdraw…" }).click();
  await expect(section.getByRole("group", { name: "Confirm withdrawal" })).toContainText("lose the link");
  await section.getByRole("button", { name: "Cancel" }).click();
  expect((await page.request.get(`/sources/${CITED_SOURCE}`)).status()).toBe(200);
});

test("an editor has no withdraw button", async ({ page }) => {
  await signIn(page, "editor", "/studio/entries");
  await page.goto(`/studio/entries/${await studioIdOf(page, CITED_SOURCE)}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Withdraw from the public record" })).toHaveCount(0);
});

test("a withdrawal sticks: a scheduled approval does not publish the entry again; only “Publish again” does, with a reason", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const title = `Scheduled then withdrawn ${stamp}`;
  const reason = `Removed after a legal request (${stamp})`;

  // An editor creates an actor; a reviewer publishes it; the editor submits a change.
  await signIn(page, "editor", "/studio/entries/new?kind=actor");
  await page.getByLabel("Name (required)").fill(title);
  await page.getByLabel("Edit summary (required)").fill("Create");
  await page.getByRole("button", { name: "Save and submit for review" }).click();
  await page.waitForURL(/\/studio\/entries\/[0-9a-f-]{36}\?saved=1&submitted=1/);
  const entryPath = new URL(page.url()).pathname;
  const entryId = entryPath.split("/").pop()!;
  const reviewer = await openAs(browser, "reviewer", "/studio/review");
  await reviewer.getByRole("link", { name: title }).click();
  await reviewer.getByRole("button", { name: "Approve and publish" }).click();
  await expect(reviewer.getByText("Approved and published.")).toBeVisible();
  await page.goto(entryPath);
  await page.getByLabel("Description").fill("A change approved for later.");
  await page.getByLabel("Edit summary (required)").fill("Describe");
  await page.getByRole("button", { name: "Save and submit for review" }).click();
  await page.waitForURL(/saved=2&submitted=1/);

  // The reviewer approves it to publish 20 seconds from now (datetime-local, in the browser's time zone, to the second).
  await reviewer.goto("/studio/review");
  await reviewer.getByRole("link", { name: title }).click();
  const publishAt = Date.now() + 20_000;
  const local = await reviewer.evaluate((at) => {
    const d = new Date(at);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  }, publishAt);
  const schedule = reviewer.getByRole("form", { name: "Approve and publish later" });
  await schedule.getByLabel(/^Publish at/).fill(local);
  await schedule.getByRole("button", { name: "Schedule publication" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: /publishes at/ })).toBeVisible();
  const reviewUrl = reviewer.url();

  // An admin withdraws the entry before that moment.
  const admin = await openAs(browser, "admin", entryPath);
  const publicPath = await admin.getByRole("link", { name: "Public page" }).getAttribute("href");
  const section = admin.getByRole("region", { name: "Withdraw from the public record" });
  await section.getByLabel("Public reason (required)").fill(reason);
  await section.getByRole("button", { name: "Withdraw…" }).click();
  await section.getByRole("button", { name: "Confirm withdrawal" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Withdrawn." })).toBeVisible();
  expect(Date.now()).toBeLessThan(publishAt);

  // Past the moment (the workers poll every second), the public URL still answers 410 with the reason.
  await admin.waitForTimeout(Math.max(0, publishAt - Date.now()) + 8_000);
  const reader = await (await browser.newContext()).newPage();
  const gone = await reader.request.get(publicPath!);
  expect(gone.status()).toBe(410);
  expect(await gone.text()).toContain(reason);

  // The audit log, newest first: the withdrawal and what it cancelled, then the schedule; no publication since.
  await admin.goto(`/studio/audit?entryId=${entryId}`);
  const lines = admin.getByRole("list", { name: "Audit lines, newest first" }).getByRole("listitem");
  await expect(lines.nth(0)).toContainText("closed the review of revision 2");
  await expect(lines.nth(0)).toContainText("because the entry was withdrawn");
  await expect(lines.nth(1)).toContainText("cancelled the scheduled publication of revision 2");
  await expect(lines.nth(1)).toContainText("because the entry was withdrawn");
  await expect(lines.nth(2)).toContainText(`withdrew Actor “${title}”. Reason: “${reason}”`);
  await expect(lines.nth(3)).toContainText("scheduled the publication of revision 2");

  // The closed review: the change went back to its author, who submits it again; the reviewer can only "publish again", with a reason.
  await reviewer.goto(reviewUrl);
  await expect(reviewer.getByRole("status").filter({ hasText: "Closed without a decision: the entry was withdrawn" })).toBeVisible();
  await page.goto(entryPath);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await page.waitForURL(/\?submitted=1$/);
  await reviewer.goto("/studio/review");
  await reviewer.getByRole("link", { name: title }).click();
  await expect(reviewer.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);
  await expect(reviewer.getByRole("form", { name: "Approve and publish later" })).toHaveCount(0);
  await reviewer.getByRole("button", { name: "Publish again" }).click();
  const why = reviewer.getByLabel(/^Why publish it again\?/);
  await expect(why).toHaveAttribute("aria-invalid", "true");
  await expect(reviewer.locator("#republish-reason-error")).toHaveText("Give a reason (3 characters or more)");
  await why.fill("The court lifted the order");
  await reviewer.getByRole("button", { name: "Publish again" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Approved and published" })).toBeVisible();
  expect((await reader.request.get(publicPath!)).status()).toBe(200);
  await admin.goto(`/studio/audit?entryId=${entryId}`);
  await expect(lines.nth(0)).toContainText("published again revision 2");
  await expect(lines.nth(0)).toContainText("after its withdrawal. Reason: “The court lifted the order”");
  await Promise.all([reader, reviewer, admin].map((p) => p.context().close()));
});
