// The whole editorial loop, as people do it in the browser: an editor creates an actor with a cited
// claim and submits it; a reviewer asks for changes; the editor fixes and resubmits; the reviewer
// approves; a reader sees it; history compares revisions; a restore makes a draft, not a publication.
import type { Browser, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

// Published in the seeded record.
const SOURCE = "ojo-publico-2021-05-24";
const ASSERTING_ACTOR = "ojo-publico";

/** A second person in their own browser context; their console errors are collected like the main page's. */
async function newSignedInPage(browser: Browser, account: "editor" | "reviewer", callbackUrl: string, errors: string[]): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${account}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${account}: ${error.message}`));
  await signIn(page, account, callbackUrl);
  return page;
}

async function openReview(reviewer: Page, title: string) {
  await reviewer.goto("/studio/review");
  await reviewer.getByRole("link", { name: title }).click();
  await expect(reviewer.getByRole("heading", { level: 1 })).toContainText(`Review: ${title}`);
}

test("an actor goes from draft through review to the public record, with history and restore", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const slug = `e2e-actor-${stamp}`;
  const title = `E2E Test Militia ${stamp}`;

  // 1. The editor creates the actor with a cited claim and submits it.
  await signIn(page, "editor", "/studio/entries/new?kind=actor");
  await expect(page.getByRole("heading", { level: 1, name: "New actor" })).toBeVisible();
  await page.getByLabel("Name (required)").fill(title);
  await page.getByLabel("Address (slug) (required)").fill(slug);
  await page.getByLabel("Type", { exact: true }).selectOption("political-militia");
  await page.getByLabel("Description").fill("An armed group invented for an end-to-end test.");
  await page.getByLabel("Body", { exact: true }).fill("First version of the text.");
  await page.getByLabel("Cite a source").fill(SOURCE);
  await page.getByRole("button", { name: "Insert citation" }).click();
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue(`First version of the text. [@${SOURCE}]`);

  await page.getByRole("button", { name: "+ Add a claim" }).click();
  const claim = page.locator("fieldset.item-card").filter({ hasText: "Claim 1" });
  await claim.getByLabel("Property").selectOption("members");
  await claim.getByLabel("Value (required)").fill("300");
  await claim.getByLabel("Who asserts it").fill(ASSERTING_ACTOR);
  await claim.getByRole("button", { name: "+ Add a citation" }).click();
  await claim.getByLabel("Source (required)").fill(SOURCE);
  await claim.getByLabel("Locator").fill("para. 3");
  await page.getByLabel("Edit summary (required)").fill("New actor for the workflow test");
  await page.getByRole("button", { name: "Save and submit for review" }).click();

  await page.waitForURL(/\/studio\/entries\/[0-9a-f-]{36}\?saved=1&submitted=1/);
  await expect(page.getByText("Saved as revision 1 and submitted for review.")).toBeVisible();
  const entryId = new URL(page.url()).pathname.split("/").pop()!;

  // 2. The reviewer sees the diff and requests changes (a comment is required).
  const otherErrors: string[] = [];
  const reviewer = await newSignedInPage(browser, "reviewer", "/studio/review", otherErrors);
  await openReview(reviewer, title);
  await expect(reviewer.getByRole("heading", { name: "What changed" })).toBeVisible();
  await expect(reviewer.getByText("First version of the text.").first()).toBeVisible();
  await reviewer.getByRole("button", { name: "Request changes" }).click();
  await expect(reviewer.locator("#review-comment-error")).toBeVisible();
  await reviewer.getByLabel("Request changes: what needs to change?").fill("Say who reported the membership figure in the text.");
  await reviewer.getByRole("button", { name: "Request changes" }).click();
  await expect(reviewer.getByText("Changes requested.")).toBeVisible();

  // 3. The editor sees the comment, fixes the text and resubmits.
  await page.goto(`/studio/entries/${entryId}`);
  await expect(page.getByRole("heading", { name: /Changes requested by Rosa Reviewer/ })).toBeVisible();
  await expect(page.getByText("Say who reported the membership figure in the text.")).toBeVisible();
  await page.getByLabel("Body", { exact: true }).fill(`Ojo Público reported about 300 members [@${SOURCE}, para. 3].`);
  await page.getByLabel("Edit summary (required)").fill("Say who reported the figure");
  await page.getByRole("button", { name: "Save and submit for review" }).click();
  await page.waitForURL(/saved=2&submitted=1/);
  await expect(page.getByText("Saved as revision 2 and submitted for review.")).toBeVisible();

  // 4. The reviewer approves and publishes.
  await openReview(reviewer, title);
  await expect(reviewer.getByText(/Ojo Público reported about 300 members/).first()).toBeVisible();
  await reviewer.getByRole("button", { name: "Approve and publish" }).click();
  await expect(reviewer.getByText("Approved and published.")).toBeVisible();

  // 5. A reader, not signed in, sees the actor page.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const response = await reader.goto(`/actors/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.getByText(/Ojo Público reported about 300 members/)).toBeVisible();

  // 6. History lists both revisions, and comparing them shows the change.
  await page.goto(`/studio/entries/${entryId}/history`);
  await expect(page.getByRole("heading", { name: `History: ${title}` })).toBeVisible();
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("Say who reported the figure");
  await expect(rows.nth(0)).toContainText("published");
  await expect(rows.nth(1)).toContainText("New actor for the workflow test");
  await page.getByRole("button", { name: "Compare selected revisions" }).click();
  await page.waitForURL((url) => url.pathname.endsWith("/compare") && url.searchParams.get("from") === "1" && url.searchParams.get("to") === "2");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revision 1 → 2");
  await expect(
    page
      .locator("ins")
      .filter({ hasText: /reported/ })
      .first(),
  ).toBeVisible();

  // 7. Restoring revision 1 makes a draft; the public page keeps the published text.
  await page.goto(`/studio/entries/${entryId}/history`);
  await page.getByRole("link", { name: "Restore 1…" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Restore revision 1");
  await page.getByRole("button", { name: "Restore revision 1 as a new draft" }).click();
  await expect(page.getByText("Draft revision 3 holds the content of revision 1. Nothing was published: it goes through review first.")).toBeVisible();
  await page.getByRole("link", { name: "Back to the history" }).click();
  await expect(page.locator("tbody tr")).toHaveCount(3);
  await expect(page.locator("tbody tr").first()).toContainText("draft");
  await reader.reload();
  await expect(reader.getByText(/Ojo Público reported about 300 members/)).toBeVisible();
  await expect(reader.getByText("First version of the text.")).toHaveCount(0);

  await readerContext.close();
  await reviewer.context().close();
  expect(otherErrors, "console errors in the reviewer's browser").toEqual([]);
});
