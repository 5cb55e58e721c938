import type { PeriodSummary } from '../../api/clickToCallViews';
import { formatRate, formatSeconds } from '../../model/campaignDisplay';
import { formatMoney } from '../../model/clickToCallDisplay';
import { changeOf, formatChange } from '../../model/clickToCallPeriod';

function Card({ testId, label, value, current, previous, format, fewerIsBetter }: {
  testId: string; label: string; value: string | number; current?: number; previous?: number; format?: (n: number) => string; fewerIsBetter?: boolean;
}) {
  const change = current !== undefined && previous !== undefined ? changeOf(current, previous) : null;
  // Coloured by whether the change is good news: more failures are shown red.
  const tone = change && fewerIsBetter && change.direction !== 'same' ? (change.direction === 'up' ? 'down' : 'up') : change?.direction;
  return (
    <div className="tile" data-testid={`card-${testId}`}>
      <div className="tile-value">{value}</div>
      <div className="tile-label">{label}</div>
      {change && <div className={`change change-${tone}`} data-testid={`change-${testId}`}>{formatChange(change, format)} vs previous</div>}
    </div>
  );
}

/** The period's numbers; with a compared period, how each changed. */
export function SummaryCards({ period, compare }: { period: PeriodSummary; compare: PeriodSummary | null }) {
  const c = compare ?? undefined;
  const money = (n: number) => formatMoney(n, null);
  const rate = (n: number) => formatRate(n).replace(' %', ' pt');
  const failed = period.failedCallingClient + period.failedCallingCompany;
  return (
    <div className="summary-cards" data-testid="summary-cards">
      <Card testId="total" label="Requests" value={period.total} current={period.total} previous={c?.total} />
      <Card testId="completed" label="Completed" value={period.completed} current={period.completed} previous={c?.completed} />
      <Card testId="failed" label="Failed" value={failed} current={failed} previous={c ? c.failedCallingClient + c.failedCallingCompany : undefined} fewerIsBetter />
      <Card testId="failed-client" label="Failed calling client" value={period.failedCallingClient} />
      <Card testId="failed-company" label="Failed calling company" value={period.failedCallingCompany} />
      <Card testId="completion-rate" label="Completion rate" value={formatRate(period.completionRate)} current={period.completionRate} previous={c?.completionRate} format={rate} />
      <Card testId="wait" label="Average wait until connected" value={formatSeconds(period.averageWaitSeconds)} />
      <Card testId="talk" label="Average talk time" value={formatSeconds(period.averageTalkSeconds)} />
      <Card testId="revenue" label="To invoice" value={formatMoney(period.revenue, period.currency) || '0.00'} current={period.revenue} previous={c?.revenue} format={money} />
    </div>
  );
}
