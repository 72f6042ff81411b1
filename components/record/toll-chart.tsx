export type TollBar = { label: string; value: number; low?: number; isPreferred: boolean };

const ROW_HEIGHT = 44;
// Bars use at most this share of the width, leaving room for the figure after the longest one.
const BAR_SPAN = 80;

/**
 * A small horizontal bar chart of numeric claims, as SVG. Coordinates are percentages and pixels, not a
 * viewBox, so the text keeps its size at any width: each label sits on its own line above its bar and is
 * never cut, at 360 px as on a desktop. The figures are also in the SVG's description for screen readers.
 */
export function TollChart({ title, bars, id }: { title: string; bars: TollBar[]; id: string }) {
  const max = Math.max(...bars.map((b) => b.value), 1);
  const description = bars
    .map((b) => `${b.label}: ${b.low !== undefined && b.low !== b.value ? `${b.low} to ${b.value}` : b.value}${b.isPreferred ? " (preferred)" : ""}`)
    .join("; ");
  return (
    <figure className="toll-chart">
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} width="100%" height={bars.length * ROW_HEIGHT} className="toll-chart__svg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {bars.map((bar, i) => {
          const y = i * ROW_HEIGHT;
          const share = (bar.value / max) * BAR_SPAN;
          const lowShare = bar.low !== undefined ? (bar.low / max) * BAR_SPAN : null;
          const figure = bar.low !== undefined && bar.low !== bar.value ? `${bar.low}–${bar.value}` : String(bar.value);
          return (
            <g key={`${bar.label}-${i}`}>
              <text x="0" y={y + 15} className={bar.isPreferred ? "toll-chart__label toll-chart__label--preferred" : "toll-chart__label"}>
                {bar.label.length > 44 ? `${bar.label.slice(0, 43)}…` : bar.label}
              </text>
              <rect
                x="0"
                y={y + 21}
                width={`${share}%`}
                height="14"
                rx="2"
                className={bar.isPreferred ? "toll-chart__bar toll-chart__bar--preferred" : "toll-chart__bar"}
              />
              {lowShare !== null ? <rect x={`${lowShare}%`} y={y + 21} width="2" height="14" className="toll-chart__tick" /> : null}
              <text x={`${share + 1.5}%`} y={y + 33} className="toll-chart__value">
                {figure}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">{title}. The record&apos;s preferred figure is highlighted.</figcaption>
    </figure>
  );
}
