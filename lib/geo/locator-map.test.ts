import { describe, expect, it } from "vitest";
import { clipRing } from "./clip-ring";
import { buildLocatorMap, formatCoordinates } from "./locator-map";

describe("clipRing", () => {
  it("keeps a ring inside the rectangle as it is", () => {
    const ring = [
      { x: 1, y: 1 },
      { x: 5, y: 1 },
      { x: 5, y: 5 },
    ];
    expect(clipRing(ring, [0, 0, 10, 10])).toEqual(ring);
  });

  it("cuts a ring that crosses an edge at that edge", () => {
    const clipped = clipRing(
      [
        { x: -5, y: 2 },
        { x: 5, y: 2 },
        { x: 5, y: 8 },
        { x: -5, y: 8 },
      ],
      [0, 0, 10, 10],
    );
    expect(Math.min(...clipped.map((p) => p.x))).toBe(0);
    expect(clipped).toContainEqual({ x: 5, y: 2 });
  });

  it("drops a ring entirely outside", () => {
    expect(
      clipRing(
        [
          { x: 20, y: 20 },
          { x: 30, y: 20 },
          { x: 30, y: 30 },
        ],
        [0, 0, 10, 10],
      ),
    ).toEqual([]);
  });
});

describe("buildLocatorMap", () => {
  const vizcatan = { latitude: -12.38, longitude: -73.93 };

  it("frames the named country with the marker inside the viewBox", () => {
    const map = buildLocatorMap({ ...vizcatan, country: "Peru" });
    expect(map.country?.name).toBe("Peru");
    expect(map.marker.x).toBeGreaterThan(0);
    expect(map.marker.x).toBeLessThan(map.width);
    expect(map.marker.y).toBeGreaterThan(0);
    expect(map.marker.y).toBeLessThan(map.height);
    expect(map.neighboursPath).toMatch(/^M/);
  });

  it("finds the country from the coordinates when the name is missing or spelt otherwise", () => {
    expect(buildLocatorMap(vizcatan).country?.name).toBe("Peru");
    expect(buildLocatorMap({ ...vizcatan, country: "Perú" }).country?.name).toBe("Peru");
  });

  it("keeps the SVG small: a few kilobytes of path data, in the viewBox's numbers", () => {
    const map = buildLocatorMap({ ...vizcatan, country: "Peru" });
    expect(map.country!.path.length + map.neighboursPath.length).toBeLessThan(20_000);
    expect(map.country!.path).toMatch(/^M[\d. -]+l[-\d. ]+z/);
  });

  it("draws no line across the map where a country crosses the antimeridian (Fiji)", () => {
    const map = buildLocatorMap({ ...vizcatan, country: "Peru" });
    for (const subpath of map.neighboursPath.split("M").filter(Boolean)) {
      const steps = subpath
        .split("l")[1]!
        .match(/-?(?:\d+\.?\d*|\.\d+)/g)!
        .map(Number);
      for (let i = 0; i < steps.length; i += 2) expect(Math.abs(steps[i]!)).toBeLessThan(map.width / 2);
    }
  });

  it("draws a place at sea around the point, without a country", () => {
    const map = buildLocatorMap({ latitude: -10, longitude: -100 });
    expect(map.country).toBeNull();
    expect(map.marker).toEqual({ x: map.width / 2, y: map.height / 2 });
  });

  it("still shows coordinates that fall outside the named country", () => {
    const map = buildLocatorMap({ latitude: 4.6, longitude: -74.1, country: "Peru" });
    expect(map.marker.y).toBeGreaterThanOrEqual(0);
    expect(map.marker.y).toBeLessThanOrEqual(map.height);
  });
});

describe("formatCoordinates", () => {
  it("writes hemispheres instead of signs", () => {
    expect(formatCoordinates(-12.3812, -73.9271)).toBe("12.38° S, 73.93° W");
    expect(formatCoordinates(48.85, 2.35)).toBe("48.85° N, 2.35° E");
  });
});
