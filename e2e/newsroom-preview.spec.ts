// Preview: a draft rendered as readers would see it, for signed-in staff only.
import { expect, signIn, test } from "./fixtures";

test("a draft's preview shows its unpublished text to a signed-in editor, and nothing signed out", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const title = `Preview Militia ${stamp}`;
  const unpublished = `Unpublished description ${stamp}.`;
  await signIn(page, "editor", "/studio/entries/new?kind=actor");
  await page.getByLabel("Name (required)").fill(title);
  await page.getByLabel("Description").fill(unpublished);
  await page.getByLabel("Edit summary (required)").fill("Start");
  await page.getByRole("button", { name: "Create draft" }).click();
  await page.waitForURL(/saved=1/);

  await page.getByRole("link", { name: "Preview", exact: true }).click();
  await page.waitForURL(/\/preview\?revision=1$/);
  await expect(page.getByRole("note", { name: "Preview" })).toContainText("Preview — not published");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator(".entry__summary")).toHaveText(unpublished);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const previewUrl = page.url();

  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(previewUrl);
  await expect(stranger).toHaveURL(/\/login\?callbackUrl=/);
  await expect(stranger.getByText(unpublished)).toHaveCount(0);
  expect(await stranger.content()).not.toContain(unpublished);
  await stranger.context().close();
});
