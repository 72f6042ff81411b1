// The Content-Security-Policy (docs/decisions/005-content-security-policy.md) allows every script the
// pages need and nothing else: the event page from the proxy's copy (no script at all), the studio editor
// and the review screen (scripts by nonce) load and work in Chromium with no violation reported.
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

const EVENT_PATH = "/events/san-miguel-del-ene-attack";
const SEEDED_EVENT_SLUG = "san-miguel-del-ene-attack";
const SEEDED_REVIEW_TITLE = "Víctor Quispe Palomino";

/** Collects every securitypolicyviolation event of every document the page loads. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
        `${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return violations;
}

test("the event page, the studio editor and the review screen run under the policy with no violation", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const violations = await watchViolations(page);

  // The event page, twice: the second load is served from the proxy's stored copy, a document without
  // the framework's scripts (docs/decisions/011-reader-pages-without-framework-script.md), which may run none.
  await page.goto(EVENT_PATH);
  const response = await page.goto(EVENT_PATH);
  // From the proxy's copy: stored (MISS) on the first load; the second is revalidated (304) or a HIT.
  expect(response!.headers()["x-expediente-cache"]).toMatch(/^(HIT|MISS)$/);
  expect(response!.headers()["content-security-policy"]).toContain("script-src 'none';");
  expect(await page.locator("script:not([type='application/ld+json'])").count()).toBe(0);
  await expect(page.getByRole("complementary")).toBeVisible();
  await expect(page.locator("svg.toll-chart__svg")).toBeVisible();
  // A link in the header is a plain link: the next page is a new document, from its own copy.
  await page.evaluate(() => ((window as unknown as { stayedLoaded: boolean }).stayedLoaded = true));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Actors" }).click();
  await page.waitForURL("**/actors");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stayedLoaded?: boolean }).stayedLoaded)).toBeUndefined();

  // The studio editor: sign in through the form, find the event, edit a field.
  await signIn(page, "editor", "/studio/entries");
  await page.getByRole("searchbox", { name: "Title or address contains" }).fill("San Miguel");
  await page.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL(/q=San\+Miguel/);
  const row = page.getByRole("row").filter({ has: page.locator("code", { hasText: new RegExp(`^${SEEDED_EVENT_SLUG}$`) }) });
  await page.goto((await row.getByRole("link", { name: /^Edit / }).getAttribute("href"))!);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("San Miguel del Ene");
  await page.getByLabel("Edit summary (required)").fill("Checking the policy");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("region", { name: "Preview of the body" })).toBeVisible();

  // The review screen, as a reviewer in a browser of their own.
  const context = await browser.newContext();
  const reviewer = await context.newPage();
  const reviewerViolations = await watchViolations(reviewer);
  const reviewerErrors: string[] = [];
  reviewer.on("console", (message) => {
    if (message.type() === "error") reviewerErrors.push(message.text());
  });
  await signIn(reviewer, "reviewer", "/studio/review");
  await reviewer.getByRole("link", { name: SEEDED_REVIEW_TITLE }).click();
  await expect(reviewer.getByRole("heading", { level: 1 })).toContainText(`Review: ${SEEDED_REVIEW_TITLE}`);
  const policy = (await reviewer.request.get("/studio/review")).headers()["content-security-policy"];
  expect(policy).toContain("frame-ancestors 'none'");
  await expect(reviewer.getByRole("button", { name: /Approve and publish/ })).toBeEnabled();
  await context.close();

  expect(violations).toEqual([]);
  expect(reviewerViolations).toEqual([]);
  expect(reviewerErrors).toEqual([]);
});

test("no page can frame the studio", async ({ browser, baseURL }) => {
  // A context of its own: the browser reports the refused frame as a console error, which is the point here.
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.request.get("/login");
  expect(response.headers()["x-frame-options"]).toBe("DENY");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  // Another site's page framing the studio (here its sign-in page): framed, its heading would show.
  await page.route("http://framer.test/", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!DOCTYPE html><title>framer</title><iframe id="framed" src="${baseURL}/studio/review" title="framed studio"></iframe>`,
    }),
  );
  await page.goto("http://framer.test/", { waitUntil: "domcontentloaded" });
  await expect.poll(() => page.frames().length).toBe(2);
  await page.waitForTimeout(1500); // let the frame load if it were allowed to
  await expect(page.frameLocator("#framed").getByRole("heading", { level: 1 })).toHaveCount(0);
  const direct = await context.newPage();
  await direct.goto("/studio/review");
  await expect(direct.getByRole("heading", { level: 1 })).toHaveCount(1); // the same page, not framed, shows it
  await context.close();
});
