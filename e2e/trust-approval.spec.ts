// Issue 8, defect 1, as people do it: a reviewer approves only what the review screen showed them.
// Defect 5 as a person meets it: a crafted sign-in link cannot send them to another site.
import { DEMO_PASSWORD, expect, openAs, signIn, test } from "./fixtures";

const NEWER_REVISION_MESSAGE = "A newer revision was saved since you opened this review; review it first";

test("a revision saved while the review is open is never published by the approval of the older one", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const slug = `e2e-seen-${stamp}`;
  const title = `E2E Seen Before Approval ${stamp}`;

  // The editor creates an actor and submits revision 1.
  await signIn(page, "editor", "/studio/entries/new?kind=actor");
  await page.getByLabel("Name (required)").fill(title);
  await page.getByLabel("Address (slug) (required)").fill(slug);
  await page.getByLabel("Description").fill("The text the reviewer reads.");
  await page.getByLabel("Body", { exact: true }).fill("Reviewed body.");
  await page.getByLabel("Edit summary (required)").fill("First version");
  await page.getByRole("button", { name: "Save and submit for review" }).click();
  await page.waitForURL(/saved=1&submitted=1/);

  // The reviewer opens the review in their own browser: revision 1.
  const reviewer = await openAs(browser, "reviewer", "/studio/review");
  await reviewer.getByRole("link", { name: title }).click();
  await expect(reviewer.getByRole("heading", { level: 1 })).toContainText(`Review: ${title}`);
  await expect(reviewer.getByText("A new entry, never published to revision 1")).toBeVisible();
  await expect(reviewer.getByText("Reviewed body.")).toBeVisible();

  // Meanwhile the editor saves revision 2 ("typo fix"), which moves the review.
  await page.getByLabel("Body", { exact: true }).fill("Unreviewed body.");
  await page.getByLabel("Edit summary (required)").fill("typo fix");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForURL(/saved=2/);

  // The reviewer clicks Approve on the page already open: refused, and the newer changes are shown.
  await reviewer.getByRole("button", { name: "Approve and publish" }).click();
  await expect(reviewer.getByText(NEWER_REVISION_MESSAGE)).toBeVisible();
  await expect(reviewer.getByText("A new entry, never published to revision 2")).toBeVisible();
  await expect(reviewer.getByText("Unreviewed body.")).toBeVisible();

  // Readers never got revision 2 unreviewed: the entry is not public at all.
  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(`/actors/${slug}`))?.status()).toBe(404);
  expect((await reader.request.get(`/api/v1/actors/${slug}`)).status()).toBe(404);

  // Having now seen revision 2, the reviewer approves it, and readers get what was reviewed.
  await reviewer.getByRole("button", { name: "Approve and publish" }).click();
  await expect(reviewer.getByText("Approved and published.").first()).toBeVisible();
  const published = await reader.goto(`/actors/${slug}`);
  expect(published?.status()).toBe(200);
  await expect(reader.getByText("Unreviewed body.")).toBeVisible();
  await reader.context().close();
  await reviewer.context().close();
});

test("a sign-in link whose callback names another site leads into the studio", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  for (const callback of ["/%5Cevil.example/phish", "//evil.example/phish", "https://evil.example/phish", "/%09/evil.example"]) {
    await page.context().clearCookies();
    await page.goto(`/login?callbackUrl=${callback}`);
    await page.getByLabel("E-mail").fill("editor@example.com");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/studio");
    expect(new URL(page.url()).origin, callback).toBe(new URL(baseURL!).origin);
  }
});

// Issue 21, break 11: the link in a review e-mail, followed signed out, comes back to itself after sign-in.
test("a signed-out reviewer following a link to a review signs in and lands on exactly that review", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const title = `E2E Deep Link ${stamp}`;
  await signIn(page, "editor", "/studio/entries/new?kind=actor");
  await page.getByLabel("Name (required)").fill(title);
  await page.getByLabel("Address (slug) (required)").fill(`e2e-deep-link-${stamp}`);
  await page.getByLabel("Body", { exact: true }).fill("A body to review.");
  await page.getByLabel("Edit summary (required)").fill("First version");
  await page.getByRole("button", { name: "Save and submit for review" }).click();
  await page.waitForURL(/saved=1&submitted=1/);
  const lister = await openAs(browser, "reviewer", "/studio/review");
  const reviewPath = await lister.getByRole("link", { name: title }).getAttribute("href");
  expect(reviewPath).toMatch(/^\/studio\/review\/[^/?]+$/);
  await lister.context().close();

  // The reviewer's own browser, signed out, as an e-mail client opens it.
  const reviewer = await (await browser.newContext()).newPage();
  const deepLink = `${reviewPath}?x=1`;
  await reviewer.goto(deepLink);
  await reviewer.waitForURL((url) => url.pathname === "/login");
  await reviewer.getByLabel("E-mail").fill("reviewer@example.com");
  await reviewer.getByLabel("Password").fill(DEMO_PASSWORD);
  await reviewer.getByRole("button", { name: "Sign in" }).click();
  await reviewer.waitForURL((url) => url.pathname !== "/login");
  const landed = new URL(reviewer.url());
  expect(`${landed.pathname}${landed.search}`).toBe(deepLink);
  await expect(reviewer.getByRole("heading", { level: 1 })).toContainText(`Review: ${title}`);
  await reviewer.context().close();
});
