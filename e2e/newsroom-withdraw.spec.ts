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
