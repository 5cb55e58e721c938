import type { TimelinePoint } from '../../api/campaignViews';
import { axis, scaleY, stack, stackedMax, timeLabels } from '../../model/chart';
import { DISPOSITION_LABELS } from '../../model/campaignDisplay';
import { DISPOSITION_COLOURS } from './dispositionColours';

const KEYS = ['answered', 'busy', 'noAnswer', 'failed', 'abandoned'] as const;
const WIDTH = 640;
const HEIGHT = 200;
const LEFT = 36;
const TOP = 8;
const BOTTOM = HEIGHT - 22;

/** Finished attempts per time bucket as stacked bars by disposition, with a y axis and time labels. */
export function TimelineChart({ points }: { points: TimelinePoint[] }) {
  const { max, ticks } = axis(stackedMax(points, KEYS));
  const columns = stack(points, KEYS);
  const slot = points.length > 0 ? (WIDTH - LEFT - 4) / points.length : 0;
  const labels = timeLabels(points.map((p) => p.at), Math.max(1, Math.ceil(points.length / 8)));
  const total = points.reduce((s, p) => s + p.attempts, 0);
  return (
    <figure className="chart" data-testid="timeline-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Attempts per minute by disposition; ${total} in the last hour`}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={LEFT} x2={WIDTH} y1={scaleY(t, max, TOP, BOTTOM)} y2={scaleY(t, max, TOP, BOTTOM)} className="chart-grid" />
            <text x={LEFT - 6} y={scaleY(t, max, TOP, BOTTOM) + 4} textAnchor="end" className="chart-axis">{t}</text>
          </g>
        ))}
        {total === 0 && <text x={(LEFT + WIDTH) / 2} y={(TOP + BOTTOM) / 2} textAnchor="middle" className="chart-axis">No calls finished in this hour yet</text>}
        {columns.map((segments, i) => (
          <g key={points[i].at}>
            <title>{`${labels[i] || new Date(points[i].at).toLocaleTimeString()}: ${KEYS.map((k) => `${DISPOSITION_LABELS[k]} ${points[i][k]}`).join(', ')}`}</title>
            {segments.filter((s) => s.to > s.from).map((s) => (
              <rect key={s.key} x={LEFT + i * slot + 1} width={Math.max(1, slot - 2)} y={scaleY(s.to, max, TOP, BOTTOM)}
                height={scaleY(s.from, max, TOP, BOTTOM) - scaleY(s.to, max, TOP, BOTTOM)} fill={DISPOSITION_COLOURS[s.key]} />
            ))}
            {labels[i] && <text x={LEFT + i * slot + slot / 2} y={HEIGHT - 6} textAnchor="middle" className="chart-axis">{labels[i]}</text>}
          </g>
        ))}
      </svg>
      <Legend keys={KEYS} />
    </figure>
  );
}

export function Legend({ keys }: { keys: readonly string[] }) {
  return (
    <figcaption className="chart-legend">
      {keys.map((k) => <span key={k}><i style={{ background: DISPOSITION_COLOURS[k] }} />{DISPOSITION_LABELS[k] ?? k}</span>)}
    </figcaption>
  );
}
