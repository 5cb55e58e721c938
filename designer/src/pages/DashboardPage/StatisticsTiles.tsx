import type { StatisticsView } from '../../api/billingViews';
import { formatAcd, formatMinutes, formatMoney, formatNumber, formatRatio } from '../../model/billingFormat';

function Tile({ testId, label, value, help }: { testId: string; label: string; value: string; help?: string }) {
  return (
    <div className="tile" data-testid={`tile-${testId}`}>
      <div className="tile-value">{value}</div>
      <div className="tile-label">{label}{help && <span className="tile-help" title={help} aria-label={help}>i</span>}</div>
    </div>
  );
}

/** The period's calls, answer-seizure ratio, average call duration, talk minutes and spend. */
export function StatisticsTiles({ stats }: { stats: StatisticsView }) {
  const t = stats.totals;
  return (
    <div className="tiles" data-testid="statistics-tiles">
      <Tile testId="calls" label="Calls" value={formatNumber(t.calls)} help={`${formatNumber(t.outbound)} outbound, ${formatNumber(t.inbound)} inbound`} />
      <Tile testId="answered" label="Answered" value={formatNumber(t.answered)} />
      <Tile testId="asr" label="ASR" value={formatRatio(t.asr)} help="Answer-seizure ratio: answered calls of all calls" />
      <Tile testId="acd" label="ACD" value={formatAcd(t.acdSeconds)} help="Average call duration of answered calls (mm:ss)" />
      <Tile testId="talk" label="Talk minutes" value={formatMinutes(t.talkMinutes)} />
      <Tile testId="spend" label="Spend" value={formatMoney(t.spend, stats.currency)} />
    </div>
  );
}
