import type { Campaign } from '../../api/campaignViews';
import { DonutChart } from '../../components/Charts/DonutChart';
import { Gauge } from '../../components/Charts/Gauge';
import { ProgressBar } from '../../components/Charts/ProgressBar';
import { TimelineChart } from '../../components/Charts/TimelineChart';
import { formatRate, formatSeconds, K_EXPLANATIONS, progressOf } from '../../model/campaignDisplay';
import { selectOperators, selectStatistics, selectTimeline, useCampaignStore } from '../../store/campaignStore';
import { OperatorsTable } from './OperatorsTable';

function Tile({ label, value, title, warn, testId }: { label: string; value: string | number; title?: string; warn?: boolean; testId: string }) {
  return (
    <div className={warn ? 'tile tile-warn' : 'tile'} title={title} data-testid={`tile-${testId}`}>
      <div className="tile-value">{value}</div>
      <div className="tile-label">{label}{title && <span className="tile-help" aria-hidden="true">i</span>}</div>
      {title && <span className="sr-only">{title}</span>}
    </div>
  );
}

/** Number tiles, the timeline and disposition charts, calls in progress against the limit, and the operators. */
export function StatisticsTab({ campaign }: { campaign: Campaign }) {
  const stats = useCampaignStore(selectStatistics);
  const timeline = useCampaignStore(selectTimeline);
  const operators = useCampaignStore(selectOperators);
  if (!stats) return <p className="muted">Loading statistics…</p>;
  const c = stats.counts;
  const progress = progressOf(c);
  const abandonOver = campaign.mode === 'predictive' && stats.abandonmentRate > campaign.abandonLimit;
  const inProgress = stats.live?.callsInProgress ?? c.inProgress;
  const limit = stats.live?.maxConcurrentCalls ?? campaign.maxConcurrentCalls;
  return (
    <div className="statistics" data-testid="statistics">
      <div className="campaign-progress">
        <ProgressBar fraction={progress.fraction} label="Contacts done" testId="campaign-progress" />
        <span data-testid="campaign-progress-text">{progress.text} contacts done · {c.waiting} waiting · {c.skipped} skipped</span>
      </div>
      <div className="tiles">
        <Tile testId="attempts" label="Attempts" value={c.attempts} />
        <Tile testId="answered" label="Answered" value={c.answered} />
        <Tile testId="busy" label="Busy" value={c.busy} />
        <Tile testId="no-answer" label="No answer" value={c.noAnswer} />
        <Tile testId="failed" label="Failed" value={c.failed} />
        <Tile testId="abandoned" label="Abandoned" value={c.abandoned} />
        <Tile testId="in-progress" label="In progress" value={inProgress} />
        <Tile testId="success-rate" label="Success rate" value={formatRate(stats.successRate)} title="Answered attempts / finished attempts." />
        <Tile testId="abandonment-rate" label={campaign.mode === 'predictive' ? `Abandonment (limit ${formatRate(campaign.abandonLimit)})` : 'Abandonment'}
          value={formatRate(stats.abandonmentRate)} warn={abandonOver}
          title="Abandoned calls / calls answered live (answered + abandoned): a person answered and no operator was free." />
        <Tile testId="talk-time" label="Average talk time" value={formatSeconds(stats.averageTalkSeconds)} />
        <Tile testId="conversion" label="Conversion" value={formatRate(stats.conversionRate)} title="Contacts converted / contacts reached." />
        <Tile testId="reachability" label="Reachability" value={formatRate(stats.reachability)} title="Contacts reached / all contacts." />
        <Tile testId="k1" label="K1" value={formatRate(stats.k1)} title={K_EXPLANATIONS.k1} />
        <Tile testId="k2" label="K2" value={formatRate(stats.k2)} title={K_EXPLANATIONS.k2} />
        <Tile testId="k3" label="K3" value={formatRate(stats.k3)} title={K_EXPLANATIONS.k3} />
        <Tile testId="k4" label="K4" value={formatRate(stats.k4)} title={K_EXPLANATIONS.k4} />
      </div>
      <div className="chart-row">
        <section className="chart-panel chart-wide">
          <h2>Attempts per minute (last hour)</h2>
          <TimelineChart points={timeline} />
        </section>
        <section className="chart-panel">
          <h2>Dispositions</h2>
          <DonutChart values={[
            { key: 'answered', value: c.answered }, { key: 'busy', value: c.busy }, { key: 'noAnswer', value: c.noAnswer },
            { key: 'failed', value: c.failed }, { key: 'abandoned', value: c.abandoned }, { key: 'interrupted', value: c.interrupted },
          ]} />
        </section>
        <section className="chart-panel">
          <h2>Calls now</h2>
          <Gauge value={inProgress} limit={limit} label="Calls in progress of the simultaneous-call limit" />
          {stats.live && campaign.mode !== 'autoInformer' && (
            <p className="small muted" data-testid="live-operators">
              Operators ready {stats.live.operatorsReady}, busy {stats.live.operatorsBusy}
              {campaign.mode === 'predictive' && ` · pacing ${stats.live.pacingRatio.toFixed(1)} calls per free operator · recent abandonment ${formatRate(stats.live.recentAbandonmentRate)}`}
            </p>
          )}
          {stats.live?.nextDueAt && <p className="small muted">Next contact due {new Date(stats.live.nextDueAt).toLocaleString()}</p>}
        </section>
      </div>
      {campaign.mode !== 'autoInformer' && (
        <section>
          <h2>Operators</h2>
          <OperatorsTable operators={operators} expected={campaign.operators} />
        </section>
      )}
    </div>
  );
}
