import { donut } from '../../model/chart';
import { DISPOSITION_LABELS } from '../../model/campaignDisplay';
import { DISPOSITION_COLOURS } from './dispositionColours';
import { Legend } from './TimelineChart';

/** Shares of all finished attempts by disposition, as a ring with the total in the middle. */
export function DonutChart({ values }: { values: { key: string; value: number }[] }) {
  const slices = donut(values, 80, 80, 70, 44);
  const total = values.reduce((s, v) => s + v.value, 0);
  return (
    <figure className="chart chart-donut" data-testid="disposition-donut">
      <svg viewBox="0 0 160 160" role="img" aria-label={`Dispositions of ${total} finished attempts`}>
        {total === 0 && <circle cx={80} cy={80} r={57} className="chart-empty-ring" />}
        {slices.filter((s) => s.path).map((s) => (
          <path key={s.key} d={s.path} fill={DISPOSITION_COLOURS[s.key]} fillRule="evenodd">
            <title>{`${DISPOSITION_LABELS[s.key] ?? s.key}: ${s.value} (${Math.round(s.fraction * 100)} %)`}</title>
          </path>
        ))}
        <text x={80} y={78} textAnchor="middle" className="chart-total">{total}</text>
        <text x={80} y={96} textAnchor="middle" className="chart-axis">finished</text>
      </svg>
      <Legend keys={values.map((v) => v.key)} />
    </figure>
  );
}
