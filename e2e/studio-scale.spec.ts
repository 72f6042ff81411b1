// A long event page is navigable, and the studio scales: server-searched pickers, a paged entry list
// with bulk actions, and an audit log that reads as sentences.
import { expect, openAs, signIn, test } from "./fixtures";

const EVENT = "/events/san-miguel-del-ene-attack";
const SHOTS = process.env.SCREENSHOT_DIR;

test("the event page's table of contents is a labelled nav whose links reach their sections, sticky on a wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(EVENT);
  const toc = page.getByRole("navigation", { name: "On this page" });
  await expect(toc).toBeVisible();
  const links = toc.getByRole("link");
  expect(await links.count()).toBeGreaterThanOrEqual(4);
  // Every link points at a section that exists on the page.
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
    expect(href).toMatch(/^#/);
    await expect(page.locator(href!)).toHaveCount(1);
  }
  await toc.getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(/#timeline-heading$/);
  await expect(page.getByRole("heading", { level: 2, name: "Timeline" })).toBeInViewport();
  // Far down the page the contents are still on screen.
  await page.getByRole("heading", { level: 2, name: "Notes" }).scrollIntoViewIfNeeded();
  await expect(toc).toBeInViewport();
  const box = await toc.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeLessThan(100);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/event-toc-wide.png` });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(EVENT);
  await expect(toc).toBeVisible();
  expect(await toc.evaluate((el) => getComputedStyle(el).position)).toBe("static");
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/event-toc-narrow.png`, fullPage: false });
  await toc.scrollIntoViewIfNeeded();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/event-toc-narrow-toc.png` });

  // On paper: no contents (links do not work there), the sources list is kept.
  await page.setViewportSize({ width: 900, height: 1200 });
  await page.emulateMedia({ media: "print" });
  await expect(toc).toBeHidden();
  await expect(page.getByRole("heading", { level: 2, name: "Sources", exact: true })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/event-print.png`, fullPage: true });
});

test("a picker finds an actor by typing a few letters of its name, with the keyboard", async ({ page }) => {
  await signIn(page, "editor", "/studio/entries/new?kind=source");
  const publisher = page.getByRole("combobox", { name: "Publisher" });
  await publisher.fill("joint comm");
  const list = page.getByRole("listbox", { name: "Matching actors" });
  await expect(list.getByRole("option", { name: /Joint Command of the Armed Forces of Peru/ })).toBeVisible();
  await publisher.press("ArrowDown");
  await expect(publisher).toHaveAttribute("aria-activedescendant", /listbox-0$/);
  await publisher.press("Enter");
  await expect(list).toBeHidden();
  await expect(page.getByText("→ Joint Command of the Armed Forces of Peru")).toBeVisible();
  expect(await publisher.inputValue()).toMatch(/^[a-z0-9-]+$/);
  // One letter is not enough to search.
  await publisher.fill("j");
  await expect(list).toBeHidden();
});

test("the entry list pages forward and back with its filters kept, and submits two drafts at once", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  await signIn(page, "editor", "/studio/entries?kind=actor");
  const rows = page.locator("table.entry-table tbody tr");
  await expect(rows).toHaveCount(50);
  const firstTitle = rows.first().locator("td").nth(1).getByRole("link");
  const firstPage = await firstTitle.textContent();
  await page.getByRole("navigation", { name: "Pages of entries" }).getByRole("link", { name: "Older entries →" }).click();
  await expect(page).toHaveURL(/kind=actor/);
  await expect(page).toHaveURL(/after=/);
  await expect(firstTitle).not.toHaveText(firstPage!);
  await expect(page.getByLabel("Kind")).toHaveValue("actor");
  await page.getByRole("navigation", { name: "Pages of entries" }).getByRole("link", { name: "← Newer entries" }).click();
  await expect(page).toHaveURL(/before=/);
  await expect(firstTitle).toHaveText(firstPage!);

  // Two drafts, then both submitted from the list.
  for (const n of [1, 2]) {
    await page.goto("/studio/entries/new?kind=actor");
    await page.getByLabel("Name (required)").fill(`Bulk Militia ${stamp} ${n}`);
    await page.getByLabel("Edit summary (required)").fill("Start");
    await page.getByRole("button", { name: "Create draft" }).click();
    await page.waitForURL(/saved=1/);
  }
  await page.goto(`/studio/entries?q=${stamp}`);
  await expect(rows).toHaveCount(2);
  await page.getByRole("checkbox", { name: `Select Bulk Militia ${stamp} 1` }).check();
  await page.getByRole("checkbox", { name: `Select Bulk Militia ${stamp} 2` }).check();
  const bar = page.getByRole("region", { name: "Bulk actions" });
  await expect(bar.getByText("2 entries selected")).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/entries-bulk-bar.png` });
  await bar.getByRole("button", { name: "Submit for review" }).click();
  await expect(bar.getByRole("status")).toContainText("2 of 2 done.");
  const results = bar.getByRole("list", { name: "What happened to each entry" });
  // In the list's order: the newest change first.
  await expect(results.getByRole("listitem")).toHaveText([`Bulk Militia ${stamp} 2: Submitted for review`, `Bulk Militia ${stamp} 1: Submitted for review`]);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/entries-bulk-done.png` });
  await expect(rows.filter({ hasText: "in review" })).toHaveCount(2);
});

test("the audit log reads as sentences with links to what they are about", async ({ page, browser }) => {
  const stamp = Date.now();
  await signIn(page, "editor", "/studio/entries/new?kind=actor");
  await page.getByLabel("Name (required)").fill(`Audit Militia ${stamp}`);
  await page.getByLabel("Edit summary (required)").fill("Start");
  await page.getByRole("button", { name: "Create draft" }).click();
  await page.waitForURL(/saved=1/);
  const reviewer = await openAs(browser, "reviewer", "/studio/audit");
  const line = reviewer
    .getByRole("list", { name: "Audit lines, newest first" })
    .getByRole("listitem")
    .filter({ hasText: `Audit Militia ${stamp}` })
    .first();
  await expect(line).toContainText(/Elena Editor (created|saved) revision 1 of Actor “Audit Militia \d+”/);
  await expect(reviewer.locator(".audit-log")).not.toContainText("{");
  if (SHOTS) await reviewer.screenshot({ path: `${SHOTS}/audit-log.png` });
  await line.getByRole("link", { name: `“Audit Militia ${stamp}”` }).click();
  await expect(reviewer).toHaveURL(/\/studio\/entries\/[0-9a-f-]{36}$/);
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText(`Audit Militia ${stamp}`);
  await reviewer.context().close();
});
