import { gaugeFraction } from '../../model/chart';

/** A half-circle gauge of `value` against `limit` (calls in progress vs the campaign's simultaneous calls). */
export function Gauge({ value, limit, label }: { value: number; limit: number; label: string }) {
  const fraction = gaugeFraction(value, limit);
  const angle = Math.PI * fraction;
  const x = 70 - 55 * Math.cos(angle);
  const y = 70 - 55 * Math.sin(angle);
  return (
    <figure className="chart chart-gauge" data-testid="calls-gauge">
      <svg viewBox="0 0 140 84" role="img" aria-label={`${label}: ${value} of ${limit}`}>
        <path d="M 15 70 A 55 55 0 0 1 125 70" className="gauge-track" />
        {fraction > 0 && <path d={`M 15 70 A 55 55 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)}`} className={fraction >= 1 ? 'gauge-fill full' : 'gauge-fill'} />}
        <text x={70} y={66} textAnchor="middle" className="chart-total">{value}</text>
        <text x={70} y={81} textAnchor="middle" className="chart-axis">of {limit}</text>
      </svg>
      <figcaption className="muted small">{label}</figcaption>
    </figure>
  );
}
