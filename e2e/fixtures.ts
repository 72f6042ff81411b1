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

// A console error in the browser is a failure.
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors in the browser").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
