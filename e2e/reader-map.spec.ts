import { accessibilityViolations } from "./accessibility";
import { expect, test } from "./fixtures";

const EVENT = "/events/san-miguel-del-ene-attack";

test("the event infobox shows a locator map with a text alternative naming the place", async ({ page }) => {
  await page.goto(EVENT);
  const infobox = page.getByRole("complementary");
  const map = infobox.getByRole("img", { name: /^Locator map: San Miguel del Ene in Peru, at \d+\.\d+° S, \d+\.\d+° W/ });
  await expect(map).toBeVisible();
  // Drawn on the server from boundaries shipped with the app: the country, its neighbours and a marker, nothing fetched.
  await expect(map.locator("path.locator-map__country")).toHaveCount(1);
  await expect(map.locator("circle.locator-map__marker")).toHaveCount(1);
  const box = await map.boundingBox();
  expect(box!.width).toBeGreaterThan(200);
  expect(box!.width).toBeLessThanOrEqual(320);
  // The marker lies inside the drawing.
  const marker = await map.locator("circle.locator-map__marker").boundingBox();
  expect(marker!.x).toBeGreaterThan(box!.x);
  expect(marker!.x + marker!.width).toBeLessThan(box!.x + box!.width);
  expect(marker!.y).toBeGreaterThan(box!.y);
  expect(marker!.y + marker!.height).toBeLessThan(box!.y + box!.height);
  await expect(infobox.locator(".infobox__detail", { hasText: /\d+\.\d+° S, \d+\.\d+° W/ })).toBeVisible();
});

test("the event page carries its structured data: the Event with its Place and the claims with who asserts them", async ({ page }) => {
  await page.goto(EVENT);
  const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { "@graph": Record<string, unknown>[] };
  const event = json["@graph"].find((node) => node["@type"] === "Event")!;
  expect(event).toMatchObject({ name: expect.stringContaining("San Miguel del Ene"), location: { "@type": "Place", geo: { "@type": "GeoCoordinates" } } });
  const claims = json["@graph"].filter((node) => node["@type"] === "Claim");
  expect(claims.length).toBeGreaterThan(3);
  expect(claims.some((claim) => (claim.author as { name?: string } | undefined)?.name)).toBe(true);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/events\/san-miguel-del-ene-attack$/);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", /^https?:\/\/[^/]+\/events\/san-miguel-del-ene-attack$/);
});

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test("the event page has no accessibility violations and nothing wider than the screen", async ({ page }) => {
    await page.goto(EVENT);
    await expect(page.getByRole("img", { name: /^Locator map:/ })).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test("the event page in dark mode has no contrast violations", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(EVENT);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
