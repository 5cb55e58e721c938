import { useEffect, useRef, useState } from 'react';
import { billingApi } from '../../api/billingClient';
import type { StatisticsView } from '../../api/billingViews';
import { SeriesChart } from '../../components/Charts/SeriesChart';
import { DISPOSITION_COLOURS } from '../../components/Charts/dispositionColours';
import { MessageArea, type Message } from '../../components/MessageArea/MessageArea';
import { messageOf } from '../../components/ProblemList/problems';
import { formatMoney, formatNumber, formatRatio } from '../../model/billingFormat';
import { asrPoints, callPoints, hasActivity, spendPoints } from '../../model/dashboardCharts';
import { bucketFor, bucketLabel, bucketsFor, choicePeriod, dashboardPeriod, periodProblem } from '../../model/dashboardPeriod';
import { periodLabel } from '../../model/clickToCallPeriod';
import { BucketTable } from './BucketTable';
import { DashboardPeriodPicker, type DashboardChoice } from './DashboardPeriodPicker';
import { StatisticsTiles } from './StatisticsTiles';

const CALL_KEYS = [
  { key: 'answered', label: 'Answered', colour: DISPOSITION_COLOURS.answered },
  { key: 'unanswered', label: 'Not answered', colour: DISPOSITION_COLOURS.noAnswer },
] as const;
const ASR_KEYS = [{ key: 'asr', label: 'ASR %', colour: DISPOSITION_COLOURS.answered }] as const;
const SPEND_KEYS = [{ key: 'spend', label: 'Spend', colour: '#7b5cc4' }] as const;

/** Calls, ASR, ACD, talk minutes and spend of a period, with charts per bucket and the same numbers as a table. */
export function DashboardPage() {
  const today = dashboardPeriod('today', new Date()).from;
  const [choice, setChoice] = useState<DashboardChoice>({ preset: '30days', firstDay: today, lastDay: today, bucket: null });
  const [stats, setStats] = useState<StatisticsView | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const period = choicePeriod(choice.preset, new Date(), choice.firstDay, choice.lastDay);
  const problem = periodProblem(period);
  const bucket = period ? bucketFor(period, choice.bucket) : 'day';
  const sequence = useRef(0);
  const key = period && !problem ? `${period.from}/${period.to}/${bucket}` : '';

  useEffect(() => {
    if (!period || problem) return;
    const mine = ++sequence.current;
    // Days, not instants: the server reads a day in the company's time zone, where its buckets start.
    billingApi.statistics(period.from, period.to, bucket).then(
      (answer) => { if (mine === sequence.current) { setStats(answer); setMessage(null); } },
      (error) => { if (mine === sequence.current) setMessage({ kind: 'error', text: `Could not load the statistics: ${messageOf(error)}` }); },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const label = (iso: string) => bucketLabel(iso, stats?.bucket ?? bucket);
  const money = (cents: number) => formatMoney(cents / 100, stats?.currency ?? 'EUR');
  const active = stats !== null && hasActivity(stats.buckets, stats.totals.calls);
  return (
    <div className="page" data-testid="dashboard-page">
      <h1>Dashboard</h1>
      <DashboardPeriodPicker value={choice} bucket={bucket} buckets={period ? bucketsFor(period) : ['day']} onChange={setChoice} />
      {problem ? <p className="field-error" role="alert">{problem}</p> : period && <p className="muted small" data-testid="period-label">{periodLabel(period)}</p>}
      <MessageArea message={message} onDismiss={() => setMessage(null)} />
      {stats === null && !problem && <p className="muted">Loading statistics…</p>}
      {stats !== null && (
        <>
          <StatisticsTiles stats={stats} />
          {!active ? (
            <p className="empty-state" data-testid="dashboard-empty">No calls in this period. Calls placed by flows, campaigns and click-to-call show up here.</p>
          ) : (
            <>
              <div className="dashboard-charts">
                <section className="chart-panel">
                  <h2>Calls per {stats.bucket}</h2>
                  <SeriesChart points={callPoints(stats.buckets)} keys={CALL_KEYS} label={label} testId="calls-chart" empty="No calls"
                    summary={`Calls per ${stats.bucket}: ${formatNumber(stats.totals.calls)} in the period, ${formatNumber(stats.totals.answered)} answered`} />
                </section>
                <section className="chart-panel">
                  <h2>ASR per {stats.bucket}</h2>
                  <SeriesChart points={asrPoints(stats.buckets)} keys={ASR_KEYS} label={label} testId="asr-chart" empty="No calls" formatValue={(v) => `${v}%`}
                    summary={`Answer-seizure ratio per ${stats.bucket}: ${formatRatio(stats.totals.asr)} over the period`} />
                </section>
                <section className="chart-panel">
                  <h2>Spend per {stats.bucket}</h2>
                  <SeriesChart points={spendPoints(stats.buckets)} keys={SPEND_KEYS} label={label} testId="spend-chart" empty="Nothing spent" formatValue={money}
                    summary={`Spend per ${stats.bucket}: ${formatMoney(stats.totals.spend, stats.currency)} in the period`} />
                </section>
              </div>
              <BucketTable stats={stats} />
            </>
          )}
        </>
      )}
    </div>
  );
}
