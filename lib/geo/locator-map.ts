import "server-only";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
// Natural Earth 1:50m country boundaries (public domain), shipped by the world-atlas package: no tile server.
import countriesTopology from "world-atlas/countries-50m.json";
import { clipRing, type Point } from "./clip-ring";

/** The drawing of a locator map, in the units of its viewBox. */
export type LocatorMapDrawing = {
  width: number;
  height: number;
  /** The country the place is in (or the event's country), drawn strongly; null when none is known. */
  country: { name: string; path: string } | null;
  /** Neighbouring land, clipped to the frame, drawn faintly; one path. */
  neighboursPath: string;
  marker: Point;
};

type Bbox = [west: number, south: number, east: number, north: number];
type Ring = [number, number][];
type Polygon = { rings: Ring[]; bbox: Bbox };
type Country = { name: string; polygons: Polygon[]; bbox: Bbox };

const WIDTH = 300;
const HEIGHT = 240;
// A place outside any country (at sea) is framed this many degrees around.
const DEFAULT_SPAN = 6;
// Points closer than this (viewBox units) to the previous kept point are dropped: invisible at infobox size.
const MIN_STEP = 0.8;

function ringBbox(ring: Ring): Bbox {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

function unionBbox(boxes: Bbox[]): Bbox {
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

function intersects(a: Bbox, b: Bbox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/** Even-odd ray casting over all rings, so holes count. */
function polygonContains(polygon: Polygon, lon: number, lat: number): boolean {
  const [w, s, e, n] = polygon.bbox;
  if (lon < w || lon > e || lat < s || lat > n) return false;
  let inside = false;
  for (const ring of polygon.rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * Rings that cross the antimeridian (Fiji, the tip of Russia) jump from +180 to -180; shifted east by
 * 360° they stay continuous, instead of drawing a line across the whole world.
 */
/** A GeoJSON ring (positions of two or more numbers) as [lon, lat] pairs, unwrapped as above. */
function unwrapRing(positions: number[][]): Ring {
  const ring: Ring = positions.map(([lon = 0, lat = 0]) => [lon, lat]);
  const crosses = ring.some((point, i) => i > 0 && Math.abs(point[0] - ring[i - 1]![0]) > 180);
  return crosses ? ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
}

function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim();
}

// Decoded once, when the module is first loaded (about 240 countries).
const COUNTRIES: Country[] = (() => {
  const topology = countriesTopology as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const countries: Country[] = [];
  for (const f of collection.features) {
    const geometry = f.geometry;
    const coordinates = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    const polygons = coordinates.map((rings) => {
      const typed = rings.map(unwrapRing);
      return { rings: typed, bbox: ringBbox(typed[0] ?? []) };
    });
    if (polygons.length === 0) continue;
    countries.push({ name: f.properties?.name ?? "", polygons, bbox: unionBbox(polygons.map((p) => p.bbox)) });
  }
  return countries;
})();

const BY_NAME = new Map(COUNTRIES.map((c) => [normalizeName(c.name), c]));

function countryAt(lon: number, lat: number): Country | undefined {
  return COUNTRIES.find((c) => c.polygons.some((p) => polygonContains(p, lon, lat)));
}

type Frame = { project: (lon: number, lat: number) => Point; neighboursPath: string; countryPath: string };

/** One decimal, no leading zero: "-.5", "12.3". */
function fmt(n: number): string {
  return n.toString().replace(/^(-?)0\./, "$1.");
}

/** A closed subpath in relative steps between points rounded to a tenth of a unit: a short `d`. */
function subpath(points: Point[]): string {
  const tenths = points.map((p) => [Math.round(p.x * 10), Math.round(p.y * 10)] as const);
  let d = `M${fmt(tenths[0]![0] / 10)} ${fmt(tenths[0]![1] / 10)}l`;
  for (let i = 1; i < tenths.length; i++) {
    const dx = fmt((tenths[i]![0] - tenths[i - 1]![0]) / 10);
    const dy = fmt((tenths[i]![1] - tenths[i - 1]![1]) / 10);
    d += `${i > 1 && !dx.startsWith("-") ? " " : ""}${dx}${dy.startsWith("-") ? "" : " "}${dy}`;
  }
  return `${d}z`;
}

function ringsToPath(rings: Ring[], project: (lon: number, lat: number) => Point, clip: Bbox): string {
  let d = "";
  for (const ring of rings) {
    const projected = clipRing(
      ring.map(([lon, lat]) => project(lon, lat)),
      clip,
    );
    const kept: Point[] = [];
    for (const point of projected) {
      const last = kept[kept.length - 1];
      if (!last || Math.abs(point.x - last.x) + Math.abs(point.y - last.y) >= MIN_STEP) kept.push(point);
    }
    if (kept.length < 3) continue;
    d += subpath(kept);
  }
  return d;
}

/**
 * Frames a country (the polygon that holds the place, or the largest one, so that overseas
 * territories do not shrink the map) in a fixed viewBox, with an equirectangular projection scaled by
 * the cosine of the middle latitude: true enough shapes for a locator at country scale.
 */
function buildFrame(subject: Country | null, place?: { lon: number; lat: number }): Frame {
  let bbox: Bbox;
  if (subject) {
    const holding = place ? subject.polygons.find((p) => polygonContains(p, place.lon, place.lat)) : undefined;
    const largest = [...subject.polygons].sort(
      (a, b) => (b.bbox[2] - b.bbox[0]) * (b.bbox[3] - b.bbox[1]) - (a.bbox[2] - a.bbox[0]) * (a.bbox[3] - a.bbox[1]),
    )[0]!;
    bbox = (holding ?? largest).bbox;
    // The marker is always inside the frame, even when the place's coordinates fall outside the country.
    if (place) bbox = unionBbox([bbox, [place.lon, place.lat, place.lon, place.lat]]);
  } else {
    const { lon, lat } = place ?? { lon: 0, lat: 0 };
    bbox = [lon - DEFAULT_SPAN / 2, lat - DEFAULT_SPAN / 2, lon + DEFAULT_SPAN / 2, lat + DEFAULT_SPAN / 2];
  }
  const [w, s, e, n] = bbox;
  const centerLon = (w + e) / 2;
  const centerLat = (s + n) / 2;
  const cos = Math.max(Math.cos((centerLat * Math.PI) / 180), 0.2);
  const spanX = Math.max((e - w) * cos, 0.5) * 1.15;
  const spanY = Math.max(n - s, 0.5) * 1.15;
  const scale = Math.min(WIDTH / spanX, HEIGHT / spanY);
  const project = (x: number, y: number): Point => ({
    x: WIDTH / 2 + (x - centerLon) * cos * scale,
    y: HEIGHT / 2 - (y - centerLat) * scale,
  });
  // What the viewBox shows, in degrees, to pick the neighbours worth drawing.
  const halfLon = WIDTH / 2 / (cos * scale);
  const halfLat = HEIGHT / 2 / scale;
  const visible: Bbox = [centerLon - halfLon, centerLat - halfLat, centerLon + halfLon, centerLat + halfLat];
  // Clip a little outside the viewBox so that clipped edges never show as strokes.
  const clip: Bbox = [-4, -4, WIDTH + 4, HEIGHT + 4];
  let neighboursPath = "";
  for (const country of COUNTRIES) {
    if (country === subject || !intersects(country.bbox, visible)) continue;
    for (const polygon of country.polygons) {
      if (intersects(polygon.bbox, visible)) neighboursPath += ringsToPath(polygon.rings, project, clip);
    }
  }
  let countryPath = "";
  if (subject) {
    for (const polygon of subject.polygons) {
      if (intersects(polygon.bbox, visible)) countryPath += ringsToPath(polygon.rings, project, clip);
    }
  }
  return { project, neighboursPath, countryPath };
}

// A country's frame (projection and clipped paths) is computed once and reused by every render.
const FRAMES = new Map<string, Frame>();

/** The locator map for a place: its country, faint neighbours, and a marker at the coordinates. */
export function buildLocatorMap({ latitude, longitude, country }: { latitude: number; longitude: number; country?: string }): LocatorMapDrawing {
  const subject = (country ? BY_NAME.get(normalizeName(country)) : undefined) ?? countryAt(longitude, latitude) ?? null;
  let frame: Frame | undefined;
  if (subject) {
    frame = FRAMES.get(subject.name);
    if (!frame) {
      frame = buildFrame(subject);
      FRAMES.set(subject.name, frame);
    }
  }
  // A place the country's frame does not show (an island, or coordinates outside the country) gets its own frame.
  const inside = (p: Point) => p.x >= 0 && p.x <= WIDTH && p.y >= 0 && p.y <= HEIGHT;
  if (!frame || !inside(frame.project(longitude, latitude))) frame = buildFrame(subject, { lon: longitude, lat: latitude });
  return {
    width: WIDTH,
    height: HEIGHT,
    country: subject ? { name: subject.name, path: frame.countryPath } : null,
    neighboursPath: frame.neighboursPath,
    marker: frame.project(longitude, latitude),
  };
}

/** "12.57° S, 73.95° W": coordinates as a reader says them. */
export function formatCoordinates(latitude: number, longitude: number): string {
  const lat = `${Math.abs(latitude).toFixed(2)}° ${latitude < 0 ? "S" : "N"}`;
  const lon = `${Math.abs(longitude).toFixed(2)}° ${longitude < 0 ? "W" : "E"}`;
  return `${lat}, ${lon}`;
}
