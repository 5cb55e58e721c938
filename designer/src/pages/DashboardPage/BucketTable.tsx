import type { StatisticsView } from '../../api/billingViews';
import { formatAcd, formatMoney, formatNumber, formatRatio } from '../../model/billingFormat';
import { bucketHeading } from '../../model/dashboardPeriod';

/** Every bucket's numbers, so they read without the charts. */
export function BucketTable({ stats }: { stats: StatisticsView }) {
  return (
    <table data-testid="buckets-table">
      <caption className="muted small">Calls, answer-seizure ratio, average call duration and spend per {stats.bucket}</caption>
      <thead>
        <tr>
          <th scope="col">{stats.bucket.charAt(0).toUpperCase() + stats.bucket.slice(1)}</th>
          <th scope="col" className="num">Calls</th><th scope="col" className="num">Answered</th><th scope="col" className="num">ASR</th>
          <th scope="col" className="num">ACD</th><th scope="col" className="num">Spend</th>
        </tr>
      </thead>
      <tbody>
        {stats.buckets.map((b) => (
          <tr key={b.start}>
            <th scope="row">{bucketHeading(b.start, stats.bucket)}</th>
            <td className="num">{formatNumber(b.calls)}</td><td className="num">{formatNumber(b.answered)}</td>
            <td className="num">{formatRatio(b.asr)}</td><td className="num">{formatAcd(b.acdSeconds)}</td>
            <td className="num">{formatMoney(b.spend, stats.currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
