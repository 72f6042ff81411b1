import { expect, signIn, test } from "./fixtures";

test("the home page shows the record read from PostgreSQL", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /San Miguel del Ene/ }).first()).toBeVisible();
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});

test("an unknown address gets the styled 404 page", async ({ page, expectFailedResources }) => {
  expectFailedResources(/\/no-such-page$/);
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page is not in the record" })).toBeVisible();
});

test("a wrong password is refused without saying whether the account exists", async ({ page, expectFailedResources }) => {
  // next-auth answers a refused sign-in with 401, which the browser reports as a failed resource.
  expectFailedResources(/\/api\/auth\/callback\/credentials/);
  await page.goto("/login");
  await page.getByLabel("E-mail").fill("editor@example.com");
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#login-error")).toHaveText("That e-mail and password do not match an active account.");
  await page.getByLabel("E-mail").fill("nobody@example.com");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#login-error")).toHaveText("That e-mail and password do not match an active account.");
  await expect(page).toHaveURL(/\/login/);
});

test("an editor signs in through the login form and reaches the studio", async ({ page }) => {
  await signIn(page, "editor");
  await expect(page.getByRole("heading", { name: "Studio", level: 1 })).toBeVisible();
  await expect(page.getByText("Elena Editor (editor)")).toBeVisible();
});

test("the studio sends a signed-out visitor to the login page", async ({ page }) => {
  await page.goto("/studio");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fstudio/);
});
