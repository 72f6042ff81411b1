// The studio is held to the same bar as the reader pages: no axe violations (WCAG 2.2 AA) on any
// screen, in the light and the dark colour scheme, and the editor works from the keyboard.
import type { Browser, Page } from "@playwright/test";
import { accessibilityViolations } from "./accessibility";
import { expect, prepareEditConflict, signIn, test, type DemoAccount } from "./fixtures";

const SEEDED_EVENT_SLUG = "san-miguel-del-ene-attack";
const SEEDED_REVIEW_TITLE = "Víctor Quispe Palomino";

async function expectNoViolations(page: Page) {
  // After a server action the page re-renders and its title streams in again: wait for it, as a person would.
  await expect(page).toHaveTitle(/\S/);
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** The seeded event's studio id, found the way an editor finds it: searching the entry list. */
async function findSeededEvent(page: Page): Promise<string> {
  await page.goto("/studio/entries");
  await page.getByRole("searchbox", { name: "Title or address contains" }).fill("San Miguel");
  await page.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL(/q=San\+Miguel/);
  const row = page.getByRole("row").filter({ has: page.locator("code", { hasText: new RegExp(`^${SEEDED_EVENT_SLUG}$`) }) });
  const href = await row.getByRole("link", { name: /^Edit / }).getAttribute("href");
  return href!.split("/").pop()!;
}

async function openSeededReview(page: Page) {
  await page.goto("/studio/review");
  await page.getByRole("link", { name: SEEDED_REVIEW_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Review: ${SEEDED_REVIEW_TITLE}`);
}

type Screen = { name: string; account: DemoAccount; open: (page: Page) => Promise<void> };

const SCREENS: Screen[] = [
  { name: "the dashboard", account: "editor", open: async (page) => void (await page.goto("/studio")) },
  {
    name: "the entry list",
    account: "editor",
    open: async (page) => {
      await page.goto("/studio/entries");
      await expect(page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Entries" })).toHaveAttribute("aria-current", "page");
    },
  },
  { name: "a new event", account: "editor", open: async (page) => void (await page.goto("/studio/entries/new?kind=event")) },
  { name: "a new actor", account: "editor", open: async (page) => void (await page.goto("/studio/entries/new?kind=actor")) },
  { name: "a new source", account: "editor", open: async (page) => void (await page.goto("/studio/entries/new?kind=source")) },
  { name: "the choice of a new entry's kind", account: "editor", open: async (page) => void (await page.goto("/studio/entries/new")) },
  {
    name: "the seeded event's editor",
    account: "editor",
    open: async (page) => {
      await page.goto(`/studio/entries/${await findSeededEvent(page)}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("San Miguel del Ene");
    },
  },
  {
    name: "the seeded event's editor with every item open and the body previewed",
    account: "editor",
    open: async (page) => {
      await page.goto(`/studio/entries/${await findSeededEvent(page)}`);
      for (const button of await page.getByRole("button", { name: "Open all" }).all()) await button.click();
      await page.getByRole("button", { name: "Preview" }).click();
      await expect(page.getByRole("region", { name: "Preview of the body" })).toBeVisible();
    },
  },
  {
    name: "the seeded event's history, with the admin's hide form refusing an empty reason",
    account: "admin",
    open: async (page) => {
      await page.goto(`/studio/entries/${await findSeededEvent(page)}/history`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("History:");
      await page
        .getByRole("button", { name: /^Hide \d+…$/ })
        .first()
        .click();
      // The reason takes focus; nothing is hidden without one.
      await expect(page.getByLabel(/^Reason for hiding revision \d+$/)).toBeFocused();
      await page.getByRole("button", { name: "Hide content" }).click();
      await expect(page.locator(".hide-form .field-error")).toBeVisible();
    },
  },
  {
    name: "a comparison of revisions 1 and 4",
    account: "editor",
    open: async (page) => {
      await page.goto(`/studio/entries/${await findSeededEvent(page)}/compare?from=1&to=4`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revision 1 → 4");
    },
  },
  { name: "the review queue", account: "reviewer", open: async (page) => void (await page.goto("/studio/review")) },
  { name: "a review", account: "reviewer", open: openSeededReview },
  { name: "the users", account: "admin", open: async (page) => void (await page.goto("/studio/users")) },
  { name: "the audit log", account: "reviewer", open: async (page) => void (await page.goto("/studio/audit")) },
  { name: "the inbox", account: "reviewer", open: async (page) => void (await page.goto("/studio/inbox")) },
  { name: "the scheduled publications", account: "reviewer", open: async (page) => void (await page.goto("/studio/scheduled")) },
  {
    name: "the editor with field errors",
    account: "editor",
    open: async (page) => {
      await page.goto("/studio/entries/new?kind=actor");
      await page.getByRole("button", { name: "Create draft" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "fields need attention" });
      await expect(summary).toBeVisible();
      // The summary takes focus, so a keyboard or screen-reader user lands on it.
      await expect(summary).toBeFocused();
      await expect(page.getByLabel("Name (required)")).toHaveAttribute("aria-invalid", "true");
    },
  },
];

/** Two editors change the same field; the second to save gets the conflict screen. */
async function openConflict(page: Page, browser: Browser): Promise<Page> {
  const other = await prepareEditConflict(page, browser, `A11y conflict actor ${Date.now()}`);
  await page.getByLabel("Edit summary (required)").fill("My edit");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  // The form is hidden now: focus moves to the heading of the screen that replaced it.
  await expect(page.getByRole("heading", { name: "Someone else saved this entry while you were editing" })).toBeFocused();
  return other;
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`studio in the ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const screen of SCREENS) {
      test(`no accessibility violations on ${screen.name} (${colorScheme})`, async ({ page }) => {
        // axe over the seeded event's editor with every item open takes most of a minute on a busy 2-core machine.
        test.setTimeout(120_000);
        await signIn(page, screen.account);
        await screen.open(page);
        await expectNoViolations(page);
      });
    }

    test(`no accessibility violations on the conflict screen (${colorScheme})`, async ({ page, browser }) => {
      test.setTimeout(90_000);
      const other = await openConflict(page, browser);
      await expectNoViolations(page);
      await other.context().close();
    });
  });
}

test("the editor works from the keyboard: Tab reaches Save, Ctrl+S saves", async ({ page }) => {
  await signIn(page, "editor", "/studio/entries/new?kind=actor");
  const name = `Keyboard actor ${Date.now()}`;
  await page.getByLabel("Name (required)").fill(name);
  await page.getByLabel("Edit summary (required)").fill("Created from the keyboard test");
  await page.getByLabel("Name (required)").focus();
  // Ctrl+S creates the draft without touching the mouse.
  await page.keyboard.press("Control+s");
  await page.waitForURL(/\/studio\/entries\/[0-9a-f-]{36}\?saved=1$/);
  await expect(page.getByText("Saved as revision 1.")).toBeVisible();

  // From the top of the page, Tab goes through the form to the Save button; every stop is visible.
  const save = page.getByRole("button", { name: "Save", exact: true });
  await page.locator("body").focus();
  let isSaveReached = false;
  for (let presses = 0; presses < 150 && !isSaveReached; presses++) {
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    await expect(focused).toBeVisible();
    isSaveReached = await save.evaluate((button) => button === document.activeElement);
  }
  expect(isSaveReached, "Tab reaches the Save button").toBe(true);

  // Change a field, write the summary, and save with Ctrl+S from inside the text.
  await page.getByLabel("Description").fill("Described from the keyboard.");
  await page.getByLabel("Edit summary (required)").fill("Describe it");
  await page.keyboard.press("Control+s");
  await page.waitForURL(/\?saved=2$/);
  await expect(page.getByText("Saved as revision 2.")).toBeVisible();
  await expect(page.getByLabel("Description")).toHaveValue("Described from the keyboard.");
});
