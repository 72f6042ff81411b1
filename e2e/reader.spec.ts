import { accessibilityViolations } from "./accessibility";
import { expect, test } from "./fixtures";

const EVENT = "/events/san-miguel-del-ene-attack";

test("the event page shows the infobox, the disputed toll and where sources disagree", async ({ page }) => {
  await page.goto(EVENT);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("San Miguel del Ene");
  const infobox = page.getByRole("complementary");
  await expect(infobox.getByText("disputed").first()).toBeVisible();
  await expect(infobox.getByText(/low 14 · high 18 · conservative 14/)).toBeVisible();

  const disagreement = page.locator("section.disagreement");
  await expect(disagreement.getByRole("heading", { name: "Where sources disagree" })).toBeVisible();
  const toll = disagreement.locator("section", { has: page.getByRole("heading", { name: "Death toll" }) });
  for (const figure of ["18", "16", "14"]) {
    // Each figure is a claim with who asserts it and at least one citation.
    const claim = toll.locator("li.claim", { has: page.locator("strong", { hasText: new RegExp(`^${figure}$`) }) }).first();
    await expect(claim).toBeVisible();
    await expect(claim.locator(".claim__statement a, .claim__statement .unlinked").first()).toBeVisible();
    await expect(claim.locator(".citation-list li").first()).toBeVisible();
  }
  await expect(toll.locator("svg[role=img]")).toBeVisible();
});

test("a reader follows a footnote to its source and comes back", async ({ page }) => {
  await page.goto(EVENT);
  const firstRef = page.locator(".entry-body sup.fn-ref a").first();
  await expect(firstRef).toBeVisible();
  await firstRef.click();
  await expect(page).toHaveURL(/#fn-1$/);
  const note = page.locator("li#fn-1");
  const sourceLink = note.locator("a[href^='/sources/']").first();
  const sourceTitle = (await sourceLink.textContent())!.trim();
  await sourceLink.click();
  await expect(page).toHaveURL(/\/sources\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(sourceTitle);
  await expect(page.getByRole("heading", { name: "Cited in" })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/#fn-1$/);
  await page.locator("li#fn-1 a.footnote-backref").click();
  await expect(page).toHaveURL(/#fnref-1$/);
});

test("search finds accented words from an accent-free query, with highlighted snippets", async ({ page }) => {
  await page.goto("/search");
  await page.getByLabel(/Words to find/).fill("Vizcatan");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=Vizcatan/);
  await expect(page.getByRole("heading", { name: /results? for “Vizcatan”/ })).toBeVisible();
  await expect(page.locator(".search-results li").first()).toBeVisible();
  await expect(page.locator(".search-results mark").first()).toHaveText(/Vizcat[aá]n/i);
});

test("the feed and the sitemap list published entries only", async ({ request }) => {
  const feed = await (await request.get("/feed.xml")).text();
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/events/san-miguel-del-ene-attack");
  // The feed opens with the latest publication (the read API lists entries newest first).
  const latest = (await (await request.get("/api/v1/entries?limit=1")).json()) as { data: { url: string }[] };
  const firstItem = /<entry>[^]*?<link rel="alternate" type="text\/html" href="([^"]+)"/.exec(feed);
  expect(new URL(firstItem![1]!).pathname).toBe(latest.data[0]!.url);
  // Every entry URL in them answers 200 to a reader.
  const urls = [
    ...new Set(
      [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g), ...feed.matchAll(/href="([^"]+\/(?:events|actors|sources)\/[^"]+)"/g)].map((m) => new URL(m[1]!).pathname),
    ),
  ];
  expect(urls.length).toBeGreaterThan(20);
  for (const path of urls) expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
});

for (const path of ["/", EVENT, "/actors", "/sources", "/events", "/search?q=mpcp", `${EVENT}/history`, "/login"]) {
  test(`no accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
}

test("no accessibility violations on an actor page and a source page", async ({ page }) => {
  await page.goto("/actors");
  await page.locator(".entry-index a").first().click();
  // The click navigates on the client: check the page it lands on, not the one it leaves.
  await page.waitForURL(/\/actors\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.goto("/sources");
  await page.locator(".entry-index a").first().click();
  await page.waitForURL(/\/sources\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
});
