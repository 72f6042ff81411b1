import { buildLocatorMap, formatCoordinates } from "@/lib/geo/locator-map";

const APPROXIMATE = new Set(["district", "province", "region", "country"]);

/**
 * A small map that says where a place is: its country, the neighbours faint, a marker at the
 * coordinates. Drawn on the server as inline SVG from boundaries shipped in an npm package: no tiles,
 * no script, nothing fetched by the reader's browser.
 */
export function LocatorMap({
  name,
  latitude,
  longitude,
  country,
  precision,
  id = "locator-map",
}: {
  name: string;
  latitude: number;
  longitude: number;
  country?: string;
  precision: string;
  id?: string;
}) {
  const map = buildLocatorMap({ latitude, longitude, country });
  const isApproximate = APPROXIMATE.has(precision);
  const where = map.country ? `in ${map.country.name}` : "";
  const description = `Locator map: ${name} ${where}, at ${formatCoordinates(latitude, longitude)}${
    isApproximate ? ` (approximate, to the ${precision})` : ""
  }.`.replace(/\s+/g, " ");
  const { x, y } = map.marker;
  return (
    <figure className="locator-map">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-labelledby={`${id}-title`} className="locator-map__svg">
        <title id={`${id}-title`}>{description}</title>
        <rect width={map.width} height={map.height} className="locator-map__sea" />
        <path d={map.neighboursPath} className="locator-map__neighbours" />
        {map.country ? <path d={map.country.path} className="locator-map__country" /> : null}
        {isApproximate ? <circle cx={x} cy={y} r={14} className="locator-map__area" /> : null}
        <circle cx={x} cy={y} r={8} className="locator-map__halo" />
        <circle cx={x} cy={y} r={4.5} className="locator-map__marker" />
      </svg>
      <figcaption className="locator-map__caption muted">Boundaries: Natural Earth</figcaption>
    </figure>
  );
}
