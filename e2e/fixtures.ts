import { test as base, expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "expediente-demo";
export type DemoAccount = "editor" | "editor2" | "reviewer" | "admin";

/** Signs in through the real login form (next-auth credentials), as a person does. */
export async function signIn(page: Page, account: DemoAccount, callbackUrl = "/studio") {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("E-mail").fill(`${account}@example.com`);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === callbackUrl.split("?")[0]);
}

/** A second person in a browser context of their own, signed in through the login form. */
export async function openAs(browser: Browser, account: DemoAccount, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account, path);
  return page;
}

/**
 * Two editors change the body of a new actor; the other one ("editor2") saves first, so the next save
 * on `page` (which also changed the description) meets an edit conflict. Returns the other's page.
 */
export async function prepareEditConflict(page: Page, browser: Browser, title: string): Promise<Page> {
  await signIn(page, "editor", "/studio/entries/new?kind=actor");
  await page.getByLabel("Name (required)").fill(title);
  await page.getByLabel("Body", { exact: true }).fill("The original text.");
  await page.getByLabel("Edit summary (required)").fill("Start");
  await page.getByRole("button", { name: "Create draft" }).click();
  await page.waitForURL(/saved=1/);
  const other = await openAs(browser, "editor2", new URL(page.url()).pathname);
  await page.getByLabel("Description").fill("Only I changed the description.");
  await page.getByLabel("Body", { exact: true }).fill("My version of the text.");
  await other.getByLabel("Body", { exact: true }).fill("Their version of the text.");
  await other.getByLabel("Edit summary (required)").fill("Their edit");
  await other.getByRole("button", { name: "Save", exact: true }).click();
  await other.waitForURL(/saved=2/);
  return other;
}

// A console error in the browser is a failure, except a failed load the test itself expects
// (a 404 page, a refused sign-in), which the browser also reports as a console error.
type Fixtures = {
  allowedFailedResources: RegExp[];
  expectFailedResources: (url: RegExp) => void;
  consoleErrors: string[];
};

export const test = base.extend<Fixtures>({
  allowedFailedResources: async ({}, provide) => {
    await provide([]);
  },
  expectFailedResources: async ({ allowedFailedResources }, provide) => {
    await provide((url) => allowedFailedResources.push(url));
  },
  consoleErrors: [
    async ({ page, allowedFailedResources }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const isExpected = message.text().startsWith("Failed to load resource") && allowedFailedResources.some((url) => url.test(message.location().url));
        if (!isExpected) errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors in the browser").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
