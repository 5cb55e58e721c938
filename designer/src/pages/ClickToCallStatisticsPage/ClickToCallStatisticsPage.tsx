import { useCallback, useEffect, useRef, useState } from 'react';
import { clickToCallApi } from '../../api/clickToCallClient';
import type { ClickToCallCampaign, ClickToCallStatistics } from '../../api/clickToCallViews';
import { SeriesChart } from '../../components/Charts/SeriesChart';
import { DISPOSITION_COLOURS } from '../../components/Charts/dispositionColours';
import { MessageArea, type Message } from '../../components/MessageArea/MessageArea';
import { usePolling } from '../../components/Polling/usePolling';
import { messageOf } from '../../components/ProblemList/problems';
import { formatRate } from '../../model/campaignDisplay';
import { seriesBars } from '../../model/clickToCallDisplay';
import { bucketOf, customPeriod, instantOf, periodLabel, presetPeriod, previousPeriod, type Period } from '../../model/clickToCallPeriod';
import { ClickToCallNav } from '../ClickToCallCampaignsPage/ClickToCallNav';
import { PeriodPicker, type PeriodChoice } from './PeriodPicker';
import { SummaryCards } from './SummaryCards';

const SERIES_KEYS = [
  { key: 'completed', label: 'Completed', colour: DISPOSITION_COLOURS.answered },
  { key: 'failed', label: 'Failed', colour: DISPOSITION_COLOURS.failed },
  { key: 'other', label: 'Waiting, calling or cancelled', colour: DISPOSITION_COLOURS.noAnswer },
] as const;

function periodOf(choice: PeriodChoice): Period | null {
  return choice.preset === 'custom' ? customPeriod(choice.from, choice.lastDay) : presetPeriod(choice.preset, new Date());
}

/** Requests of a period (today, 7 or 30 days, or picked), compared with the period before, live counts every 5 s, a chart and directions. */
export function ClickToCallStatisticsPage() {
  const today = presetPeriod('today', new Date()).from;
  const [choice, setChoice] = useState<PeriodChoice>({ preset: '7days', from: today, lastDay: today, compare: true, campaignId: '' });
  const [stats, setStats] = useState<ClickToCallStatistics | null>(null);
  const [campaigns, setCampaigns] = useState<ClickToCallCampaign[]>([]);
  const [message, setMessage] = useState<Message | null>(null);
  const period = periodOf(choice);
  const bucket = period ? bucketOf(period) : 'day';
  const key = period ? `${period.from}/${period.to}/${choice.compare}/${choice.campaignId}` : '';
  const sequence = useRef(0);

  const load = useCallback(async () => {
    if (!period) return;
    const mine = ++sequence.current;
    const previous = previousPeriod(period);
    try {
      const answer = await clickToCallApi.statistics({
        campaignId: choice.campaignId || undefined, from: instantOf(period.from), to: instantOf(period.to), bucket,
        ...(choice.compare ? { compareFrom: instantOf(previous.from), compareTo: instantOf(previous.to) } : {}),
      });
      if (mine === sequence.current) { setStats(answer); setMessage(null); }
    } catch (error) {
      if (mine === sequence.current) setMessage({ kind: 'error', text: `Could not load the statistics: ${messageOf(error)}` });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  useEffect(() => { void load(); }, [load]);
  usePolling(() => void load(), 5000, period !== null);
  useEffect(() => { clickToCallApi.campaigns(true).then(setCampaigns, () => undefined); }, []);

  const label = (iso: string) => {
    const d = new Date(iso);
    return bucket === 'hour' ? `${String(d.getHours()).padStart(2, '0')}:00` : d.toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
  };
  return (
    <div className="page" data-testid="click-to-call-statistics">
      <div className="page-header">
        <h1>Click-to-call statistics</h1>
        {period && <a className="button" href={clickToCallApi.invoicePdf(period.from, period.to, choice.campaignId || undefined)} target="_blank" rel="noreferrer"
          data-testid="invoice-link">Invoice (PDF)</a>}
      </div>
      <ClickToCallNav current="statistics" />
      <PeriodPicker value={choice} campaigns={campaigns} onChange={setChoice} />
      {period ? <p className="muted small" data-testid="period-label">{periodLabel(period)}{choice.compare && ` compared with ${periodLabel(previousPeriod(period))}`}</p>
        : <p className="field-error">Pick a first and a last day (the last on or after the first).</p>}
      <MessageArea message={message} onDismiss={() => setMessage(null)} />
      {stats === null ? <p className="muted">Loading statistics…</p> : (
        <>
          <div className="tiles">
            <div className="tile" data-testid="live-waiting"><div className="tile-value">{stats.live.waiting}</div><div className="tile-label">Waiting now</div></div>
            <div className="tile" data-testid="live-calling"><div className="tile-value">{stats.live.calling}</div><div className="tile-label">Calling now</div></div>
          </div>
          <SummaryCards period={stats.period} compare={choice.compare ? stats.compare : null} />
          <section className="chart-panel chart-wide">
            <h2>Requests per {bucket}</h2>
            <SeriesChart points={seriesBars(stats.series)} keys={SERIES_KEYS} label={label} testId="requests-chart"
              summary={`Requests per ${bucket}: ${stats.period.total} in the period, ${stats.period.completed} completed`} empty="No requests in this period" />
          </section>
          <section>
            <h2>Directions</h2>
            {stats.directions.length === 0 ? <p className="muted">No requests in this period.</p> : (
              <table data-testid="directions-table">
                <thead><tr><th>Direction</th><th className="num">Requests</th><th className="num">Completed</th><th className="num">Completion</th></tr></thead>
                <tbody>
                  {stats.directions.map((d) => (
                    <tr key={`${d.country}|${d.label}`}>
                      <td>{d.label || d.country || 'Unknown'}</td><td className="num">{d.total}</td><td className="num">{d.completed}</td>
                      <td className="num">{formatRate(d.total > 0 ? d.completed / d.total : 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </div>
  );
}
