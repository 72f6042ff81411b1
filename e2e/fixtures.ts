import { test as base, expect, type Page } from "@playwright/test";

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
        const isExpected =
          message.text().startsWith("Failed to load resource") && allowedFailedResources.some((url) => url.test(message.location().url));
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
