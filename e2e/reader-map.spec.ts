import { spawnSync } from "node:child_process";
import { accessibilityViolations } from "./accessibility";
import { expect, test } from "./fixtures";

const EVENT = "/events/san-miguel-del-ene-attack";

// The seeded event gives place names only (no seed document gives coordinates), so the map is tested on an
// event made for it by e2e/reader-map-data.ts, whose place has coordinates.
type Made = { slug: string; title: string; place: string };
let made: Made;

test.beforeAll(() => {
  const run = spawnSync(
    process.execPath,
    ["scripts/with-db.mjs", "--no-seed", process.execPath, "--conditions=react-server", "--import", "tsx", "e2e/reader-map-data.ts"],
    { encoding: "utf8", env: process.env, timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`creating the test data failed:\n${run.stderr}`);
  made = JSON.parse(run.stdout.trim().split("\n").at(-1)!) as Made;
});

test("the event infobox shows a locator map with a text alternative naming the place", async ({ page }) => {
  await page.goto(`/events/${made.slug}`);
  const infobox = page.getByRole("complementary");
  const map = infobox.getByRole("img", { name: new RegExp(`^Locator map: ${made.place} in Peru, at \\d+\\.\\d+° S, \\d+\\.\\d+° W`) });
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

test("an event whose place has no coordinates shows no map, and its place by name", async ({ page }) => {
  await page.goto(EVENT);
  const infobox = page.getByRole("complementary");
  await expect(infobox).toContainText("San Miguel del Ene, Vizcatán del Ene, Satipo, Peru");
  await expect(infobox.getByRole("img", { name: /^Locator map:/ })).toHaveCount(0);
});

test("the event page carries its structured data: the Event with its Place and the claims with who asserts them", async ({ page }) => {
  await page.goto(EVENT);
  const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { "@graph": Record<string, unknown>[] };
  const event = json["@graph"].find((node) => node["@type"] === "Event")!;
  expect(event).toMatchObject({ name: expect.stringContaining("San Miguel del Ene"), location: { "@type": "Place", name: "San Miguel del Ene" } });
  expect((event.location as Record<string, unknown>).geo).toBeUndefined();
  const claims = json["@graph"].filter((node) => node["@type"] === "Claim");
  expect(claims.length).toBeGreaterThan(3);
  expect(claims.some((claim) => (claim.author as { name?: string } | undefined)?.name)).toBe(true);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/events\/san-miguel-del-ene-attack$/);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", /^https?:\/\/[^/]+\/events\/san-miguel-del-ene-attack$/);
});

test("an event whose place has coordinates carries them in its structured data", async ({ page }) => {
  await page.goto(`/events/${made.slug}`);
  const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { "@graph": Record<string, unknown>[] };
  const event = json["@graph"].find((node) => node["@type"] === "Event")!;
  expect(event).toMatchObject({ location: { "@type": "Place", name: made.place, geo: { "@type": "GeoCoordinates", latitude: -12.38, longitude: -73.93 } } });
});

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test("the event pages, with and without a map, have no accessibility violations and nothing wider than the screen", async ({ page }) => {
    await page.goto(`/events/${made.slug}`);
    await expect(page.getByRole("img", { name: /^Locator map:/ })).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.goto(EVENT);
    await expect(page.getByRole("complementary")).toBeVisible();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test("the event page in dark mode has no contrast violations", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(EVENT);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
