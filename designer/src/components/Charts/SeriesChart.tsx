import { axis, scaleY, stack, stackedMax } from '../../model/chart';

export interface SeriesKey<K extends string> {
  key: K;
  label: string;
  colour: string;
}

const WIDTH = 640;
const HEIGHT = 200;
const LEFT = 36;
const TOP = 8;
const BOTTOM = HEIGHT - 22;

/**
 * Stacked bars of any series over time (one bar per bucket, one segment per key), with a y axis and every n-th bucket labelled.
 * `label` words a bucket's start ("14:00", "6 Dec"); `summary` is the chart's accessible name; `formatValue` words the axis
 * ticks and the values in each bar's title (money plotted in cents, say).
 */
export function SeriesChart<K extends string>({ points, keys, label, summary, empty, testId = 'series-chart', formatValue = String }: {
  points: readonly ({ at: string } & Partial<Record<K, number>>)[];
  keys: readonly SeriesKey<K>[];
  label: (iso: string) => string;
  summary: string;
  empty: string;
  testId?: string;
  formatValue?: (value: number) => string;
}) {
  const names = keys.map((k) => k.key);
  const colour = Object.fromEntries(keys.map((k) => [k.key, k.colour])) as Record<K, string>;
  const { max, ticks } = axis(stackedMax(points, names));
  const columns = stack(points, names);
  const slot = points.length > 0 ? (WIDTH - LEFT - 4) / points.length : 0;
  const every = Math.max(1, Math.ceil(points.length / 8));
  const total = points.reduce((s, p) => s + names.reduce((t, k) => t + Math.max(0, p[k] ?? 0), 0), 0);
  return (
    <figure className="chart" data-testid={testId}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={LEFT} x2={WIDTH} y1={scaleY(t, max, TOP, BOTTOM)} y2={scaleY(t, max, TOP, BOTTOM)} className="chart-grid" />
            <text x={LEFT - 6} y={scaleY(t, max, TOP, BOTTOM) + 4} textAnchor="end" className="chart-axis">{formatValue(t)}</text>
          </g>
        ))}
        {total === 0 && <text x={(LEFT + WIDTH) / 2} y={(TOP + BOTTOM) / 2} textAnchor="middle" className="chart-axis">{empty}</text>}
        {columns.map((segments, i) => (
          <g key={points[i].at}>
            <title>{`${label(points[i].at)}: ${keys.map((k) => `${k.label} ${formatValue(points[i][k.key] ?? 0)}`).join(', ')}`}</title>
            {segments.filter((s) => s.to > s.from).map((s) => (
              <rect key={s.key} x={LEFT + i * slot + 1} width={Math.max(1, slot - 2)} y={scaleY(s.to, max, TOP, BOTTOM)}
                height={scaleY(s.from, max, TOP, BOTTOM) - scaleY(s.to, max, TOP, BOTTOM)} fill={colour[s.key]} />
            ))}
            {i % every === 0 && <text x={LEFT + i * slot + slot / 2} y={HEIGHT - 6} textAnchor="middle" className="chart-axis">{label(points[i].at)}</text>}
          </g>
        ))}
      </svg>
      <figcaption className="chart-legend">
        {keys.map((k) => <span key={k.key}><i style={{ background: k.colour }} />{k.label}</span>)}
      </figcaption>
    </figure>
  );
}
