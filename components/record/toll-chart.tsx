export type TollBar = { label: string; value: number; low?: number; isPreferred: boolean };

/** A small horizontal bar chart of numeric claims, drawn as SVG with a text table for screen readers. */
export function TollChart({ title, bars }: { title: string; bars: TollBar[] }) {
  const max = Math.max(...bars.map((b) => b.value), 1);
  const rowHeight = 28;
  const labelWidth = 190;
  const width = 520;
  const chartWidth = width - labelWidth - 40;
  return (
    <figure className="toll-chart">
      <svg role="img" aria-labelledby="toll-chart-title" viewBox={`0 0 ${width} ${bars.length * rowHeight + 8}`} width="100%">
        <title id="toll-chart-title">{title}</title>
        {bars.map((bar, i) => {
          const y = i * rowHeight + 4;
          const barWidth = (bar.value / max) * chartWidth;
          return (
            <g key={`${bar.label}-${i}`}>
              <text x={labelWidth - 8} y={y + 17} textAnchor="end" className="toll-chart__label">
                {bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label}
              </text>
              <rect x={labelWidth} y={y + 4} width={barWidth} height={rowHeight - 10} rx={3} className={bar.isPreferred ? "toll-chart__bar toll-chart__bar--preferred" : "toll-chart__bar"} />
              <text x={labelWidth + barWidth + 6} y={y + 17} className="toll-chart__value">
                {bar.low !== undefined && bar.low !== bar.value ? `${bar.low}–${bar.value}` : bar.value}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">{title}</figcaption>
    </figure>
  );
}
